"""Ads and links a customer came through (Meta's `referral`): what the agent reads about them."""
from __future__ import annotations

from typing import Any


def ad_headline(referral: dict[str, Any] | None) -> str | None:
    """What the agent reads about an ad: WhatsApp's `headline` (or `body`), Instagram's
    `ads_context_data.ad_title`, else the ig.me link's `ref`."""
    if not isinstance(referral, dict):
        return None
    context = referral.get("ads_context_data")
    for value in (referral.get("headline"), referral.get("body"),
                  context.get("ad_title") if isinstance(context, dict) else None, referral.get("ref")):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
