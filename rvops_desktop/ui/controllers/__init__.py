"""Controllers of the main window: what a click or a timer decides, kept out of the widgets
(the window lays them out and forwards its signals here)."""
