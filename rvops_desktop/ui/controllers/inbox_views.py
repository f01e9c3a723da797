"""Which list the window shows: the selected inbox view (Mine, Queue, a team, All, Closed, search
results), the filter bar following it, and a line in the log each time the list changes."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel

from rvops_desktop.models import View
from rvops_desktop.models.summaries import ViewKind

from ..qt_models import roles

if TYPE_CHECKING:
    from ..widgets.main_window import MainWindow

log = logging.getLogger("rvops_desktop.ui.widgets.main_window")  # where these lines were logged before


class InboxViewsController:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        window.views.selectionModel().currentChanged.connect(lambda cur, _p: self.show_view(cur.data(roles.VIEW)))
        window.filters.events.connect(lambda _event: self.log_list())  # after the inbox reloaded

    def select(self, view: View) -> None:
        """Make `view` the current entry of the views list (which shows it)."""
        w = self.window
        index = w.views_model.index(w.views_model.row_of(view))
        w.views.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def reveal(self, conversation_id: str) -> None:
        """Open `conversation_id` with its row selected (a notification, a claim, a call, a contact's
        latest conversation). One not in the list is opened in the pane alone; one whose row is
        still to be read (a big view read in steps) is selected when it arrives, unless the agent
        has opened another meanwhile."""
        w = self.window
        if w.list.select(conversation_id):
            return
        w.open_conversation(conversation_id)
        if w.inbox.partial:
            def arrived() -> None:
                if w.pane.conversation_id == conversation_id:
                    w.list.select(conversation_id)
            w.inbox_loading.when_loaded(arrived)

    def show_view(self, view: View | None) -> None:
        if view is None:
            return
        w = self.window
        row = w.views_model.row_of(view)
        title = w.views_model.entries[row].title if row >= 0 else ""
        if view != w.inbox.view:
            w.inbox.set_view(view, w.session.team_ids)
        w.filter_bar.set_view(view)
        w.list.set_model(w.inbox_model, title=title, is_queue=view.kind == ViewKind.QUEUE)
        self.log_list()

    def log_list(self) -> None:
        w = self.window
        rule, view = w.filters.filter, w.inbox.view
        shown = ", ".join(f"{name}={value}" for name, value in vars(rule).items() if value) or "none"
        log.info("list %s: %d conversations (filters: %s; sort: %s)", view.kind if view.kind != ViewKind.TEAM
                 else f"team:{view.team_id}", len(w.inbox), shown, w.inbox.sort)

    def search(self, query: str) -> None:
        """Show the results of `query` ("" drops them and goes back to the first view). A new query
        replaces the results at once, even while the results entry is the current one."""
        w = self.window
        row = w.views_model.set_search(query or None)
        target = w.views_model.index(max(row, 0))
        w.views.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if query:
            self.show_view(View.search(query))
