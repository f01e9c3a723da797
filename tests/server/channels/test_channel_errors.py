"""Meta error codes mapped to reasons and sentences."""
import pytest

from rvops_contract.wire import Reason
from rvops_server.channels.errors import ChannelErrorReason as R
from rvops_server.channels.errors import describe_error, describe_error_body


@pytest.mark.parametrize("code, reason", [
    (131047, R.WINDOW_CLOSED), (130429, R.RATE_LIMITED), (131056, R.RATE_LIMITED), (80007, R.RATE_LIMITED),
    (131026, R.UNDELIVERABLE), (132000, R.TEMPLATE_PARAMETERS), (132001, R.TEMPLATE_NOT_FOUND),
    (190, R.TOKEN_EXPIRED), (100, R.INVALID_REQUEST), (131053, R.MEDIA_FAILED), (999999, R.UNKNOWN),
])
def test_codes(code, reason):
    error = describe_error(code)
    assert error.reason is reason and error.code == code
    assert error.message_pt and error.message_en and error.message_pt != error.message_en


def test_rate_limits_are_retryable_and_others_not():
    assert describe_error(130429).retryable and describe_error(80007).retryable
    assert not describe_error(131047).retryable and not describe_error(190).retryable


def test_wire_reasons():
    assert describe_error(131047).wire_reason is Reason.WINDOW_CLOSED
    assert describe_error(132001).wire_reason is Reason.TEMPLATE_NOT_APPROVED
    assert describe_error(131026).wire_reason is Reason.INVALID


def test_instagram_window_subcode():
    error = describe_error(10, 2534022)
    assert error.reason is R.WINDOW_CLOSED and "Instagram" in error.message_pt
    assert describe_error(10).reason is R.PERMISSION_DENIED


def test_from_meta_error_body():
    body = {"error": {"message": "Error validating access token: Session has expired", "type": "OAuthException",
                      "code": 190, "error_subcode": 463, "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam"}}
    error = describe_error_body(body)
    assert error.reason is R.TOKEN_EXPIRED and error.subcode == 463
    assert error.fbtrace_id == "Az8or2yhqkZfEZ-_4Qn_Bam" and "expired" in error.provider_message
    assert describe_error_body("<html>").reason is R.UNKNOWN
    assert "?" in describe_error_body({}).message_en
