; Inno Setup 6 script: the Windows installer of the frozen app (build/frozen/dist/rvops-desktop).
;   iscc /DAppVersion=0.1.0 packaging\windows\rvops-desktop.iss
; Per-user install (no administrator rights), Start menu entry, tel:/callto:/sip: links registered
; and offered in Settings ▸ Apps ▸ Default apps, uninstaller. Signed by the release workflow (signtool).
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "rvops-desktop.exe"

[Setup]
AppId={{7E1B6C52-8F0D-4C59-9A63-3B6F2E4D9A10}
AppName=Rvops Desktop
AppVersion={#AppVersion}
AppPublisher=Rvops
DefaultDirName={autopf}\Rvops Desktop
DefaultGroupName=Rvops Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=rvops-desktop-{#AppVersion}-setup
SetupIconFile=..\icons\rvops.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "ptbr"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\build\frozen\dist\rvops-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Rvops Desktop"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\Rvops Desktop"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
; The call links: HKCU\Software\Classes\<scheme> (URL Protocol) → the app with the link as argument.
Root: HKA; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: ""; ValueData: "URL:tel"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\tel"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\tel\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\tel\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: ""; ValueData: "URL:callto"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\callto"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\callto\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\callto\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\sip"; ValueType: string; ValueName: ""; ValueData: "URL:sip"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\sip"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\sip\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\sip\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Offered under Settings ▸ Apps ▸ Default apps ▸ Choose defaults by link type.
Root: HKA; Subkey: "Software\Rvops\Rvops Desktop\Capabilities"; ValueType: string; ValueName: "ApplicationName"; ValueData: "Rvops Desktop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Rvops\Rvops Desktop\Capabilities"; ValueType: string; ValueName: "ApplicationDescription"; ValueData: "Multichannel inbox and softphone"
Root: HKA; Subkey: "Software\Rvops\Rvops Desktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "tel"; ValueData: "tel"
Root: HKA; Subkey: "Software\Rvops\Rvops Desktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "callto"; ValueData: "callto"
Root: HKA; Subkey: "Software\Rvops\Rvops Desktop\Capabilities\URLAssociations"; ValueType: string; ValueName: "sip"; ValueData: "sip"
Root: HKA; Subkey: "Software\RegisteredApplications"; ValueType: string; ValueName: "Rvops Desktop"; ValueData: "Software\Rvops\Rvops Desktop\Capabilities"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Rvops Desktop}"; Flags: nowait postinstall skipifsilent
