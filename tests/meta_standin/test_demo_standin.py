"""The demo bundle: stand-in plus simulator posting to a server's webhook paths."""
from datetime import timedelta

from rvops_contract.clock import FakeClock
from rvops_meta_standin.demo import demo_standin
from rvops_meta_standin.receiver import WebhookReceiver
from rvops_meta_standin.serving import serve
from rvops_contract import demo_credentials as demo
from rvops_server.channels.whatsapp_webhook import verify_signature


async def test_demo_standin_writes_to_the_server_paths():
    receiver = WebhookReceiver()
    async with serve(receiver.app) as server_url:
        async with demo_standin(server_url, seed=1, clock=FakeClock(), max_customers=1,
                                new_customer_every=timedelta(0)) as graph_url:
            assert graph_url.startswith("http://127.0.0.1:")
            (hook,) = await receiver.wait_for(1)
    assert hook.path in ("/webhooks/whatsapp", "/webhooks/instagram")
    assert verify_signature(demo.APP_SECRET, hook.body, hook.signature)
