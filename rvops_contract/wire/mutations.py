"""The mutation envelope, a batch of them, each one's answer, and the arguments' model per type."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from rvops_contract.wire.args import (
    AddNoteArgs,
    ChangePasswordArgs,
    ClaimArgs,
    CloseArgs,
    CreateCompanyArgs,
    CreateContactArgs,
    CreateDealArgs,
    CreateTaskArgs,
    CreateTeamArgs,
    CreateTemplateArgs,
    CreateUserArgs,
    DeactivateUserArgs,
    DeleteLabelArgs,
    DeletePropertyDefinitionArgs,
    DeleteSnippetArgs,
    DeleteTeamArgs,
    DeleteTemplateArgs,
    LogCallArgs,
    MarkReadArgs,
    MergeContactsArgs,
    ReactArgs,
    ReactivateUserArgs,
    ReissueInviteArgs,
    ReopenArgs,
    ResetPasswordArgs,
    ResumeArgs,
    SendMessageArgs,
    SetCapacityArgs,
    SetChatbotArgs,
    SetConversationLabelsArgs,
    SetDistributionMethodArgs,
    SetLabelsArgs,
    SetStatusArgs,
    SnoozeArgs,
    StartConversationArgs,
    TransferArgs,
    UpdateContactArgs,
    UpdateDealArgs,
    UpdateTaskArgs,
    UpdateTeamArgs,
    UpdateUserArgs,
    UpsertLabelArgs,
    UpsertPropertyDefinitionArgs,
    UpsertSnippetArgs,
    _Strict,
)
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
    MutationType.SEND_MESSAGE: SendMessageArgs,
    MutationType.REACT: ReactArgs,
    MutationType.ADD_NOTE: AddNoteArgs,
    MutationType.CLAIM: ClaimArgs,
    MutationType.TRANSFER: TransferArgs,
    MutationType.CLOSE: CloseArgs,
    MutationType.REOPEN: ReopenArgs,
    MutationType.SNOOZE: SnoozeArgs,
    MutationType.SET_LABELS: SetLabelsArgs,
    MutationType.RESUME: ResumeArgs,
    MutationType.UPDATE_CONTACT: UpdateContactArgs,
    MutationType.CREATE_CONTACT: CreateContactArgs,
    MutationType.MERGE_CONTACTS: MergeContactsArgs,
    MutationType.CREATE_DEAL: CreateDealArgs,
    MutationType.CREATE_COMPANY: CreateCompanyArgs,
    MutationType.CREATE_TASK: CreateTaskArgs,
    MutationType.UPDATE_DEAL: UpdateDealArgs,
    MutationType.UPDATE_TASK: UpdateTaskArgs,
    MutationType.MARK_READ: MarkReadArgs,
    MutationType.SET_STATUS: SetStatusArgs,
    MutationType.UPSERT_SNIPPET: UpsertSnippetArgs,
    MutationType.DELETE_SNIPPET: DeleteSnippetArgs,
    MutationType.SET_DISTRIBUTION_METHOD: SetDistributionMethodArgs,
    MutationType.LOG_CALL: LogCallArgs,
    MutationType.START_CONVERSATION: StartConversationArgs,
    MutationType.SET_CAPACITY: SetCapacityArgs,
    MutationType.CREATE_USER: CreateUserArgs,
    MutationType.UPDATE_USER: UpdateUserArgs,
    MutationType.DEACTIVATE_USER: DeactivateUserArgs,
    MutationType.REACTIVATE_USER: ReactivateUserArgs,
    MutationType.RESET_PASSWORD: ResetPasswordArgs,
    MutationType.REISSUE_INVITE: ReissueInviteArgs,
    MutationType.CHANGE_PASSWORD: ChangePasswordArgs,
    MutationType.CREATE_TEAM: CreateTeamArgs,
    MutationType.UPDATE_TEAM: UpdateTeamArgs,
    MutationType.DELETE_TEAM: DeleteTeamArgs,
    MutationType.SET_CHATBOT: SetChatbotArgs,
    MutationType.UPSERT_PROPERTY_DEFINITION: UpsertPropertyDefinitionArgs,
    MutationType.DELETE_PROPERTY_DEFINITION: DeletePropertyDefinitionArgs,
    MutationType.UPSERT_LABEL: UpsertLabelArgs,
    MutationType.DELETE_LABEL: DeleteLabelArgs,
    MutationType.SET_CONVERSATION_LABELS: SetConversationLabelsArgs,
    MutationType.CREATE_TEMPLATE: CreateTemplateArgs,
    MutationType.DELETE_TEMPLATE: DeleteTemplateArgs,
}
