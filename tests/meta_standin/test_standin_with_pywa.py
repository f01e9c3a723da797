"""A real Cloud API client (pywa) reads the stand-in's template list as it reads Meta's: with the
`summary` it asks for, every template, and the paging it follows."""
import httpx
import pytest

from rvops_contract.clock import FakeClock
from rvops_meta_standin.testing import standin_rig
from rvops_contract import demo_credentials as demo

pywa_async = pytest.importorskip("pywa_async", reason="pywa is a dev dependency (pyproject [dev])")


async def test_pywa_lists_the_stand_ins_templates_with_their_summary():
    async with standin_rig(clock=FakeClock()) as rig:
        wa = pywa_async.WhatsApp(phone_id=demo.WHATSAPP_PHONE_NUMBER_ID, token=demo.ACCESS_TOKEN,
                                 waba_id=demo.WHATSAPP_WABA_ID, api_version="21.0")
        wa.api._session.base_url = f"{rig.url}/v21.0"  # pywa always points at graph.facebook.com
        result = await wa.get_templates()
        names = {(t.name, t.language.value) for t in result}
        expected = {(t["name"], t["language"]) for t in rig.standin.state.templates}
        assert names == expected and result.total_count == len(expected)
        assert result.message_template_limit > result.message_template_count == len(expected)
        async with httpx.AsyncClient(base_url=rig.url) as http:  # not asked for: not sent, as at Meta
            plain = await http.get(f"/v21.0/{demo.WHATSAPP_WABA_ID}/message_templates",
                                   headers={"Authorization": f"Bearer {demo.ACCESS_TOKEN}"})
        assert "summary" not in plain.json()
