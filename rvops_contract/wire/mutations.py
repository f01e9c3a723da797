"""The mutation envelope, a batch of them, each one's answer, and the arguments' model per type."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from rvops_contract.wire import args as arg_models
from rvops_contract.wire.args import _Strict
from rvops_contract.wire.enums import MAX_MUTATIONS_PER_BATCH, MutationType, Reason


class Mutation(_Strict):
    mutation_id: str = Field(min_length=8, max_length=64)
    type: MutationType
    args: dict[str, Any] = Field(default_factory=dict)


class MutationBatch(_Strict):
    mutations: list[Mutation] = Field(max_length=MAX_MUTATIONS_PER_BATCH)


class MutationResult(BaseModel):
    mutation_id: str
    status: Literal["accepted", "refused"]
    reason: Reason | None = None
    message: str | None = None
    data: dict[str, Any] | None = None  # e.g. ids the server assigned
    # accepted: the change-log cursor that holds the mutation's effects (0: it changed nothing);
    # a client whose replica is at or past it has the server's result, no optimistic fold. Refused: None.
    cursor: int | None = None


ARGS_BY_TYPE: dict[MutationType, type[_Strict]] = {
    MutationType.SEND_MESSAGE: arg_models.SendMessageArgs,
    MutationType.REACT: arg_models.ReactArgs,
    MutationType.ADD_NOTE: arg_models.AddNoteArgs,
    MutationType.CLAIM: arg_models.ClaimArgs,
    MutationType.TRANSFER: arg_models.TransferArgs,
    MutationType.CLOSE: arg_models.CloseArgs,
    MutationType.REOPEN: arg_models.ReopenArgs,
    MutationType.SNOOZE: arg_models.SnoozeArgs,
    MutationType.SET_LABELS: arg_models.SetLabelsArgs,
    MutationType.RESUME: arg_models.ResumeArgs,
    MutationType.UPDATE_CONTACT: arg_models.UpdateContactArgs,
    MutationType.CREATE_CONTACT: arg_models.CreateContactArgs,
    MutationType.MERGE_CONTACTS: arg_models.MergeContactsArgs,
    MutationType.CREATE_DEAL: arg_models.CreateDealArgs,
    MutationType.CREATE_COMPANY: arg_models.CreateCompanyArgs,
    MutationType.CREATE_TASK: arg_models.CreateTaskArgs,
    MutationType.UPDATE_DEAL: arg_models.UpdateDealArgs,
    MutationType.UPDATE_TASK: arg_models.UpdateTaskArgs,
    MutationType.MARK_READ: arg_models.MarkReadArgs,
    MutationType.SET_STATUS: arg_models.SetStatusArgs,
    MutationType.UPSERT_SNIPPET: arg_models.UpsertSnippetArgs,
    MutationType.DELETE_SNIPPET: arg_models.DeleteSnippetArgs,
    MutationType.SET_DISTRIBUTION_METHOD: arg_models.SetDistributionMethodArgs,
    MutationType.LOG_CALL: arg_models.LogCallArgs,
    MutationType.START_CONVERSATION: arg_models.StartConversationArgs,
    MutationType.SET_CAPACITY: arg_models.SetCapacityArgs,
    MutationType.CREATE_USER: arg_models.CreateUserArgs,
    MutationType.UPDATE_USER: arg_models.UpdateUserArgs,
    MutationType.DEACTIVATE_USER: arg_models.DeactivateUserArgs,
    MutationType.REACTIVATE_USER: arg_models.ReactivateUserArgs,
    MutationType.RESET_PASSWORD: arg_models.ResetPasswordArgs,
    MutationType.REISSUE_INVITE: arg_models.ReissueInviteArgs,
    MutationType.CHANGE_PASSWORD: arg_models.ChangePasswordArgs,
    MutationType.CREATE_TEAM: arg_models.CreateTeamArgs,
    MutationType.UPDATE_TEAM: arg_models.UpdateTeamArgs,
    MutationType.DELETE_TEAM: arg_models.DeleteTeamArgs,
    MutationType.SET_CHATBOT: arg_models.SetChatbotArgs,
    MutationType.UPSERT_PROPERTY_DEFINITION: arg_models.UpsertPropertyDefinitionArgs,
    MutationType.DELETE_PROPERTY_DEFINITION: arg_models.DeletePropertyDefinitionArgs,
    MutationType.UPSERT_LABEL: arg_models.UpsertLabelArgs,
    MutationType.DELETE_LABEL: arg_models.DeleteLabelArgs,
    MutationType.SET_CONVERSATION_LABELS: arg_models.SetConversationLabelsArgs,
    MutationType.CREATE_TEMPLATE: arg_models.CreateTemplateArgs,
    MutationType.DELETE_TEMPLATE: arg_models.DeleteTemplateArgs,
}
