"""The supervisor's dashboard (issue 16): each team's queue with how long each conversation has
waited and whether the team is open now (its business hours; if closed, when it opens), and each
agent's presence and load against their capacity. Read from the replica and the clock only, no Qt:
`ui/dialogs/supervision.py` draws it and assigns from it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from rvops_contract.business_hours import is_open, next_opening
from rvops_contract.capacity import has_room
from rvops_contract.clock import from_iso
from rvops_contract.permissions import takes_conversations
from rvops_contract.snooze import is_snoozed
from rvops_contract.wire import PresenceStatus

from .text import fold

if TYPE_CHECKING:
    from .store import Store
    from .summaries import ConversationSummary

OVERDUE_AFTER = timedelta(minutes=5)   # a conversation waiting longer is highlighted
NO_TEAM = ""                           # the queue of conversations no team was chosen for


@dataclass(frozen=True)
class Waiting:
    conversation_id: str
    contact_name: str
    channel: str
    preview: str
    waited: timedelta
    overdue: bool


@dataclass(frozen=True)
class Hours:
    """A team's business hours now: open, or closed until `opens_at` (None: it never opens)."""
    open: bool
    opens_at: datetime | None = None


@dataclass(frozen=True)
class TeamQueue:
    team_id: str       # NO_TEAM for the workspace's own queue
    name: str
    waiting: tuple[Waiting, ...]   # the longest wait first
    hours: Hours | None = None     # None: no business hours, always open

    @property
    def longest(self) -> timedelta:
        return self.waiting[0].waited if self.waiting else timedelta(0)

    @property
    def overdue(self) -> int:
        return sum(1 for w in self.waiting if w.overdue)


@dataclass(frozen=True)
class AgentLoad:
    user_id: str
    name: str
    presence: str      # online / away / offline, as colleagues see it
    open: int          # open conversations held
    capacity: int | None
    team_ids: tuple[str, ...]

    @property
    def has_room(self) -> bool:
        return has_room(self.open, self.capacity)

    @property
    def may_take(self) -> bool:
        """Online and below capacity: whom one-click assigning offers first."""
        return self.presence == PresenceStatus.ONLINE and self.has_room


@dataclass(frozen=True)
class Dashboard:
    queues: tuple[TeamQueue, ...]
    agents: tuple[AgentLoad, ...]

    @property
    def waiting(self) -> int:
        return sum(len(q.waiting) for q in self.queues)


def waiting_since(summary: ConversationSummary) -> datetime | None:
    """When the conversation began waiting for an agent: queued, else the customer's last
    message, else its opening."""
    for value in (summary.queued_at, summary.last_inbound_at, summary.opened_at):
        moment = from_iso(value) if value else None
        if moment is not None:
            return moment
    return None


def dashboard(store: Store, now: datetime, *, overdue_after: timedelta = OVERDUE_AFTER,
              no_team_name: str = "") -> Dashboard:
    """The queues of every team in the replica (those with nobody waiting too, so a supervisor sees
    that they are empty) and every active agent, busiest first within presence."""
    teams = store.teams()
    names = {t.id: t.name or t.id for t in teams}
    hours = {t.id: hours_now((t.extra or {}).get("business_hours"), now) for t in teams}
    grouped: dict[str, list[Waiting]] = {team_id: [] for team_id in names}
    for s in store.waiting_in_queues():
        if is_snoozed(s.snoozed_until, now):
            continue
        since = waiting_since(s)
        waited = max(now - since, timedelta(0)) if since is not None else timedelta(0)
        grouped.setdefault(s.team_id if s.team_id in names else NO_TEAM, []).append(Waiting(
            s.id, s.display_name, s.channel or "", s.last_message_preview or "", waited, waited >= overdue_after))
    queues = [TeamQueue(team_id, names.get(team_id, no_team_name),
                        tuple(sorted(items, key=lambda w: w.waited, reverse=True)), hours.get(team_id))
              for team_id, items in grouped.items() if team_id != NO_TEAM or items]
    queues.sort(key=lambda q: (q.team_id == NO_TEAM, fold(q.name)))
    presence, loads = store.presence(), store.open_loads()
    agents = []
    for user in store.users():
        if not takes_conversations(user.role, user.active):
            continue
        extra = user.extra or {}
        agents.append(AgentLoad(user.id, user.name or user.email or user.id, presence.get(user.id, "offline"),
                                loads.get(user.id, 0), extra.get("capacity"), tuple(user.team_ids or ())))
    order = {"online": 0, "away": 1}
    agents.sort(key=lambda a: (order.get(a.presence, 2), not a.has_room, fold(a.name)))
    return Dashboard(tuple(queues), tuple(agents))


def hours_now(business_hours: dict[str, Any] | None, now: datetime) -> Hours | None:
    """Whether a team with these hours is open at `now`, and if not when it opens (None: no hours)."""
    if business_hours is None:
        return None
    if is_open(business_hours, now):
        return Hours(True)
    return Hours(False, next_opening(business_hours, now))


def candidates_for(board: Dashboard, queue: TeamQueue) -> list[AgentLoad]:
    """Whom a conversation of `queue` may be assigned to by hand: the team's members (anyone for
    the workspace's queue), those who may take one first. A supervisor may still choose someone
    full or away: the dashboard says so beside the name."""
    members = [a for a in board.agents if queue.team_id == NO_TEAM or queue.team_id in a.team_ids]
    return sorted(members, key=lambda a: (not a.may_take, a.open, fold(a.name)))
