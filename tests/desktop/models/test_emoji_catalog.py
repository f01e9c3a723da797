"""The emoji picker's state (issue 15 #17): categories in Unicode's order, a search by name in
Portuguese or English without accents, and the agent's recently used emoji first."""
from __future__ import annotations

from rvops_desktop.models.emoji_catalog import CATEGORIES, RECENT, RECENT_KEPT, EmojiPicker, Picked, catalogue
from rvops_desktop.models.evented import Reset


def chars(picker: EmojiPicker) -> list[str]:
    return [e.char for e in picker.shown]


def test_the_catalogue_has_every_category_in_unicode_order_without_skin_tone_swatches():
    every = catalogue()
    assert len(every) > 1800
    assert [c for c in dict.fromkeys(e.category for e in every)] == list(CATEGORIES)
    assert every[0].char == "😀"
    assert not any(e.char in "🏻🏼🏽🏾🏿" for e in every)  # components, not emoji to send
    assert len({e.char for e in every}) == len(every)


def test_search_by_portuguese_or_english_name_with_or_without_accents():
    picker = EmojiPicker()
    seen = []
    picker.events.connect(seen.append)
    picker.set_query("polegar")
    assert chars(picker)[0] == "👍" and "😀" not in chars(picker)  # polegar para cima, a name that starts so
    assert isinstance(seen[-1], Reset)
    picker.set_query("thumbs up")
    assert chars(picker)[0] == "👍"
    picker.set_query("CORACAO")  # coração, typed as it comes
    assert "😍" in chars(picker) and all("cora" in e.words for e in picker.shown)
    picker.set_query("pizza")
    assert chars(picker) == ["🍕"]
    picker.set_query("fogo")
    assert chars(picker)[0] == "🔥"  # a word's beginning first
    picker.set_query("xyzzy")
    assert chars(picker) == []
    picker.set_query("")
    assert picker.category == CATEGORIES[0] and chars(picker)[0] == "😀"


def test_picked_emoji_come_first_next_time_most_recent_first_and_bounded():
    picker = EmojiPicker()
    assert RECENT not in picker.categories  # nothing used yet
    picked = []
    picker.events.connect(lambda e: picked.append(e.char) if isinstance(e, Picked) else None)
    for char in ("👍", "🙏", "👍"):
        picker.pick(char)
    assert picked == ["👍", "🙏", "👍"] and picker.recent == ["👍", "🙏"]
    again = EmojiPicker(recent=picker.recent)
    assert again.categories[0] == RECENT and again.category == RECENT and chars(again) == ["👍", "🙏"]
    many = EmojiPicker(recent=[e.char for e in catalogue()[:100]])
    assert len(many.recent) == RECENT_KEPT


def test_a_category_shows_only_its_own():
    picker = EmojiPicker()
    picker.set_category("Food & Drink")
    assert "🍕" in chars(picker) and "😀" not in chars(picker)
    assert all(e.category == "Food & Drink" for e in picker.shown)
