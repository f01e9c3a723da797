"""The loopback SIP rig (see shared/recipes/sip-test-rig.md): kamailio as registrar and
proxy on :5060, baresip as a far end on :5080 (console :5555), SIPp on :5070/:5071.
Each helper is a subprocess with its config in a temporary folder, stopped by PID.
Shared by tests/desktop/voip/conftest.py and benchmarks/bench_call_setup.py.
"""
from __future__ import annotations

import array
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import wave
from collections.abc import Callable
from pathlib import Path

HOST = "127.0.0.1"
KAMAILIO_PORT, PHONE_PORT, UAS_PORT, UAC_PORT, BARESIP_PORT, BARESIP_CONS_PORT = (
    5060, 5062, 5070, 5071, 5080, 5555)
RIG_PORTS = (KAMAILIO_PORT, PHONE_PORT, UAS_PORT, UAC_PORT, BARESIP_PORT, BARESIP_CONS_PORT)
PHONE_RTP_PORT = 40000
BINARIES = ("kamailio", "sipp", "baresip")
START_TIMEOUT_S = 5.0
BARESIP_TONE_S = 60   # longer than any call of the tests or the benchmark

# The registrar's subscriber table (kamailio auth_db over db_text, plain-text passwords):
# every REGISTER is challenged (401) and must answer with one of these.
SIP_PASSWORDS = {"alice": "alice-secret", "quitter": "quitter-secret", "dave": "dave-secret",
                 "ana": "ana-secret"}   # ana: the agent of the journeys (tests/journeys/test_calls.py)
DB_TEXT_VERSION = "id(int,auto) table_name(string) table_version(int)\n1:subscriber:7\n"
DB_TEXT_SUBSCRIBER_HEADER = ("id(int,auto) username(string) domain(string) password(string) "
                             "ha1(string,null) ha1b(string,null)\n")

# children=1: one worker per socket relays replies in the order they came. With two, a 180 Ringing and
# the 200 OK our phone sent 3 ms later (a test answering at once) were relayed the other way round
# once; SIPp then dropped the call with a BYE our dialog never saw (test_sip_calls, a CI run).
KAMAILIO_CFG = r"""#!KAMAILIO
debug=2
log_stderror=yes
children=1
exit_timeout=2
listen=udp:127.0.0.1:5060
listen=tcp:127.0.0.1:5060
auto_aliases=no
alias="127.0.0.1:5060"
loadpath "/usr/lib/x86_64-linux-gnu/kamailio/modules/"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "db_text.so"
loadmodule "auth.so"
loadmodule "auth_db.so"
modparam("usrloc", "db_mode", 0)
modparam("auth_db", "db_url", "text://{db_dir}")
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("auth_db", "use_domain", 0)
modparam("auth_db", "load_credentials", "")
request_route {
    if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
    xlog("L_INFO", "REQ $rm $ru from $si:$sp over $pr\n");
    if (has_totag()) {
        if (loose_route()) { t_relay(); exit; }
        if (is_method("ACK") && t_check_trans()) t_relay();
        else if (!is_method("ACK")) sl_send_reply("404", "Not here");
        exit;
    }
    if (is_method("CANCEL")) { if (t_check_trans()) t_relay(); exit; }
    if (is_method("REGISTER")) {
        if ($tU == "blocked") { sl_send_reply("403", "Blocked By Test Rig"); exit; }
        # digest auth against the db_text subscriber table; a wrong password is challenged
        # again (401), as most registrars do, so the UA gives up with 401 Unauthorized
        $var(auth) = auth_check("$td", "subscriber", "1");
        if ($var(auth) < 0) {
            xlog("L_INFO", "AUTH challenge $tU (auth_check $var(auth))\n");
            auth_challenge("$td", "0");
            exit;
        }
        xlog("L_INFO", "AUTH ok $au\n");
        consume_credentials();
        if (!save("location")) sl_reply_error();
        exit;
    }
    if (is_method("INVITE")) record_route();
    if ($rU == "uas") {
        $du = "sip:127.0.0.1:5070";
        t_relay(); exit;
    }
    if (!lookup("location")) { sl_send_reply("404", "Not Registered"); exit; }
    t_relay();
}
"""

# baresip's audio source is a tone file (aufile), not aubridge's loop of what it plays: when a
# hold (recvonly) restarts baresip's player, the aubridge source stays detached and baresip never
# sends again after the resume; a file source is independent of the player.
BARESIP_CONFIG = """poll_method     epoll
sip_listen      127.0.0.1:5080
net_interface   127.0.0.1
audio_player    aubridge,nul
audio_source    aufile,{tone}
audio_alert     aubridge,nul
rtp_ports       41000-41099
module_path     /usr/lib/baresip/modules
module          g711.so
module          aubridge.so
module          aufile.so
module          cons.so
module_tmp      account.so
module_app      menu.so
cons_listen     127.0.0.1:5555
"""
BARESIP_ACCOUNTS = "<sip:bob@127.0.0.1:5080>;regint=0;answermode=auto;audio_codecs=PCMU\n"

# A caller with a phone number (national format) that honours kamailio's Record-Route.
SIPP_UAC_NUMBER = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<scenario name="numbered caller via proxy">
  <send retrans="500"><![CDATA[
INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: "Caller" <sip:{caller}@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>
Call-ID: [call_id]
CSeq: 1 INVITE
Contact: <sip:{caller}@[local_ip]:[local_port]>
Max-Forwards: 70
Content-Type: application/sdp
Content-Length: [len]

v=0
o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
s=-
c=IN IP[media_ip_type] [media_ip]
t=0 0
m=audio [media_port] RTP/AVP 0
a=rtpmap:0 PCMU/8000
]]></send>
  <recv response="100" optional="true"/>
  <recv response="180" optional="true"/>
  <recv response="200" rrs="true" rtd="true" timeout="20000">
    <action>
      <!-- [next_url] would copy the display name too: take the bare URI -->
      <ereg regexp="sip:[^>]*" search_in="hdr" header="Contact:" check_it="true" assign_to="target"/>
    </action>
  </recv>
  <send><![CDATA[
ACK [$target] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: "Caller" <sip:{caller}@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 1 ACK
[routes]
Contact: <sip:{caller}@[local_ip]:[local_port]>
Max-Forwards: 70
Content-Length: 0

]]></send>
  <pause milliseconds="{talk_ms}"/>
  <send retrans="500"><![CDATA[
BYE [$target] SIP/2.0
Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
From: "Caller" <sip:{caller}@[local_ip]:[local_port]>;tag=[pid]SIPpTag00[call_number]
To: <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
Call-ID: [call_id]
CSeq: 2 BYE
[routes]
Contact: <sip:{caller}@[local_ip]:[local_port]>
Max-Forwards: 70
Content-Length: 0

]]></send>
  <recv response="200" crlf="true"/>
</scenario>
"""


def missing_binaries() -> list[str]:
    return [b for b in BINARIES if shutil.which(b) is None]


def udp_port_busy(port: int) -> bool:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.bind((HOST, port))   # fails even against SO_REUSEADDR holders (we do not set it)
    except OSError:
        return True
    finally:
        s.close()
    return False


def wait_until(cond: Callable[[], bool], timeout: float, what: str, step: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout} s")
        time.sleep(step)   # waiting on another process's state, not a fixed delay


class Helper:
    """A rig process started in its own session and stopped by its PID (group)."""

    def __init__(self, name: str, argv: list[str], cwd: Path, log: Path,
                 ports: tuple[int, ...] = ()) -> None:
        self.name, self.log = name, log
        self._out = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=self._out,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        try:
            for port in ports:
                wait_until(lambda p=port: udp_port_busy(p) or self.proc.poll() is not None,
                           START_TIMEOUT_S, f"{name} binding udp {port}")
                if self.proc.poll() not in (None, 0):
                    raise RuntimeError(f"{name} exited with {self.proc.returncode}: {self.tail()}")
        except BaseException:
            self.stop()
            raise

    def tail(self, n: int = 2000) -> str:
        self._out.flush()
        return self.log.read_bytes()[-n:].decode(errors="replace")

    def log_since(self, offset: int) -> str:
        """What the process wrote after `offset` bytes (take `log.stat().st_size` before)."""
        self._out.flush()
        return self.log.read_bytes()[offset:].decode(errors="replace")

    def wait(self, timeout: float) -> int:
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(5)
        self._out.close()


def start_kamailio(folder: Path) -> Helper:
    db_dir = folder / "kamailio_db"
    db_dir.mkdir(exist_ok=True)
    (db_dir / "version").write_text(DB_TEXT_VERSION)
    (db_dir / "subscriber").write_text(DB_TEXT_SUBSCRIBER_HEADER + "".join(
        f"{i}:{user}:{HOST}:{password}::\n"
        for i, (user, password) in enumerate(SIP_PASSWORDS.items(), 1)))
    cfg = folder / "kamailio.cfg"
    cfg.write_text(KAMAILIO_CFG.replace("{db_dir}", str(db_dir)))
    return Helper("kamailio", ["kamailio", "-DD", "-E", "-m", "64", "-M", "8", "-f", str(cfg)],
                  folder, folder / "kamailio.log", (KAMAILIO_PORT,))


def write_tone(path: Path, seconds: int = BARESIP_TONE_S, hz: int = 440, rate: int = 8000) -> Path:
    """A mono 16-bit WAV sine tone (baresip's aufile source plays it into every call)."""
    samples = array.array("h", (int(8000 * math.sin(2 * math.pi * hz * i / rate))
                                for i in range(rate)))   # 1 s: a whole number of periods
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.tobytes() * seconds)
    return path


def start_baresip(folder: Path, extra_config: str = "") -> Helper:
    """baresip as the rig's far end; `extra_config` lines are appended to its config (the call
    setup benchmark adds ctrl_tcp for its event stream)."""
    conf = folder / "bs"
    conf.mkdir(exist_ok=True)
    tone = write_tone(folder / "baresip_tone.wav")
    (conf / "config").write_text(BARESIP_CONFIG.replace("{tone}", str(tone)) + extra_config)
    (conf / "accounts").write_text(BARESIP_ACCOUNTS)
    return Helper("baresip", ["baresip", "-f", str(conf), "-v"], folder, folder / "baresip.log",
                  (BARESIP_PORT, BARESIP_CONS_PORT))


def baresip_command(cmd: str, console_port: int = BARESIP_CONS_PORT) -> None:
    """A command to a baresip's console (bob's by default; audio_rig.CAROL_CONS_PORT for carol)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.sendto((cmd + "\n").encode(), (HOST, console_port))


def sipp_uas_scenario(folder: Path) -> Path:
    """SIPp's stock UAS, patched to copy Record-Route so ACK/BYE go through kamailio."""
    path = folder / "uas_rr.xml"
    if not path.exists():
        xml = subprocess.run(["sipp", "-sd", "uas"], capture_output=True, text=True,
                             check=False).stdout  # it exits 99
        path.write_text(re.sub(r"^(\s*)\[last_Call-ID:\]", r"\g<0>\n\1[last_Record-Route:]", xml,
                               flags=re.MULTILINE))
    return path


def start_sipp_uas(folder: Path, calls: int, tag: str = "uas") -> Helper:
    trace = folder / f"{tag}_msg.log"
    return Helper("sipp-uas", ["sipp", "-sf", str(sipp_uas_scenario(folder)), "-i", HOST,
                               "-p", str(UAS_PORT), "-m", str(calls), "-nostdin", "-trace_msg",
                               "-message_file", str(trace)],
                  folder, folder / f"{tag}.out", (UAS_PORT,))


def start_sipp_caller(folder: Path, callee: str, caller: str, talk_ms: int = 300) -> Helper:
    """SIPp calls `callee` through kamailio from the phone number `caller`, hangs up later."""
    scenario = folder / f"uac_{caller}.xml"
    scenario.write_text(SIPP_UAC_NUMBER.replace("{caller}", caller).replace("{talk_ms}", str(talk_ms)))
    return Helper("sipp-uac", ["sipp", "-sf", str(scenario), "-i", HOST, "-p", str(UAC_PORT),
                               "-m", "1", "-nostdin", "-s", callee, "-trace_msg", "-message_file",
                               str(folder / f"uac_{caller}_msg.log"), f"{HOST}:{KAMAILIO_PORT}"],
                  folder, folder / f"uac_{caller}.out", (UAC_PORT,))
