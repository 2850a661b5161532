"""NBWSS messages (SPEC §4.2): the JSON envelope both sides exchange over the WebSocket.

Every message is one JSON object: `version` ("1.0"), `id` (an upper-case UUID), `type`,
`subType` (REQUEST or RESPONSE), `timeStamp` (Unix seconds) and `payload`. A response repeats
its request's `id`. This module builds and reads them; it knows nothing of sockets.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

VERSION = "1.0"
REDACTED = "<redacted>"
# What the client answers to a COMMAND request: this application is not a backup server.
NOT_AVAILABLE_STATUS = 501
NOT_AVAILABLE_BODY = "This operation is not available: nbwss-gui is not a backup server."


class MessageType(StrEnum):
    CONNECT = "CONNECT"
    COMMAND = "COMMAND"
    NOTIFICATION = "NOTIFICATION"


class SubType(StrEnum):
    REQUEST = "REQUEST"
    RESPONSE = "RESPONSE"


class ProtocolError(ValueError):
    """A message that does not follow §4.2. The text says what is wrong with it."""


@dataclass(frozen=True, slots=True)
class Message:
    type: MessageType
    sub_type: SubType
    id: str
    payload: Any
    time_stamp: int
    version: str = VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "id": self.id,
            "type": self.type.value,
            "subType": self.sub_type.value,
            "timeStamp": self.time_stamp,
            "payload": self.payload,
        }

    def encode(self) -> str:
        return json.dumps(self.to_json(), separators=(",", ":"), ensure_ascii=False)

    def redacted(self) -> dict[str, Any]:
        """The message as it may be shown or logged: a CONNECT request's token hidden."""
        data = self.to_json()
        if isinstance(self.payload, dict) and "token" in self.payload:
            data["payload"] = {**self.payload, "token": REDACTED}
        return data

    def summary(self) -> str:
        return f"{self.type.value} {self.sub_type.value} {self.id}"


def new_id() -> str:
    return str(uuid.uuid4()).upper()


def now() -> int:
    return int(time.time())


def message(
    kind: MessageType,
    sub_type: SubType,
    payload: Any,
    *,
    message_id: str | None = None,
    time_stamp: int | None = None,
) -> Message:
    return Message(
        type=kind,
        sub_type=sub_type,
        id=message_id or new_id(),
        payload=payload,
        time_stamp=now() if time_stamp is None else time_stamp,
    )


def connect_request(token: str) -> Message:
    return message(MessageType.CONNECT, SubType.REQUEST, {"token": token})


def connect_response(request: Message, valid: bool) -> Message:
    return message(MessageType.CONNECT, SubType.RESPONSE, {"valid": valid}, message_id=request.id)


def command_request(
    uri: str, method: str = "GET", headers: dict[str, str] | None = None
) -> Message:
    payload = {"uri": uri, "method": method, "headers": headers or {}}
    return message(MessageType.COMMAND, SubType.REQUEST, payload)


def command_not_available(request: Message) -> Message:
    """The client's answer to any COMMAND request (§4.2)."""
    payload = {"status": NOT_AVAILABLE_STATUS, "body": NOT_AVAILABLE_BODY}
    return message(MessageType.COMMAND, SubType.RESPONSE, payload, message_id=request.id)


def notification_response(request: Message) -> Message:
    return message(MessageType.NOTIFICATION, SubType.RESPONSE, {}, message_id=request.id)


def decode(text: str | bytes) -> Message:
    """Read one message; raise ProtocolError saying what is wrong with it, and nothing else.

    The text comes from a peer and may be built to hurt: its size and nesting are bounded
    here, so that nothing downstream (the message log, its view, json.dumps) meets a value
    deeper or larger than an envelope can reasonably be.
    """
    if len(text) > MAX_TEXT:
        raise ProtocolError(
            f"the message is {len(text):,} bytes; at most {MAX_TEXT:,} are accepted"
        )
    if isinstance(text, bytes | bytearray | memoryview):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ProtocolError(
                f"the message is not JSON (byte {exc.start} is not valid UTF-8)"
            ) from None
    try:
        data = json.loads(text)
    except RecursionError:
        raise ProtocolError(_TOO_DEEP) from None
    except (ValueError, TypeError) as exc:
        raise ProtocolError(f"the message is not JSON ({_shown(str(exc), 120)})") from None
    if not isinstance(data, dict):
        raise ProtocolError(f"the message is not a JSON object but {_json_kind(data)}")
    if _too_deep(data):
        raise ProtocolError(_TOO_DEEP)
    missing = [k for k in ("version", "id", "type", "subType", "timeStamp") if k not in data]
    if missing:
        raise ProtocolError(f"the message has no {', '.join(missing)}")
    if data["version"] != VERSION:
        raise ProtocolError(f"unsupported message version {_shown(data['version'])}")
    message_id = data["id"]
    if not isinstance(message_id, str) or not message_id:
        raise ProtocolError("the message id must be a non-empty string")
    if len(message_id) > MAX_ID:
        raise ProtocolError(f"the message id is {len(message_id):,} characters; at most {MAX_ID}")
    kind = _member(MessageType, data["type"], "type")
    sub_type = _member(SubType, data["subType"], "subType")
    stamp = data["timeStamp"]
    if isinstance(stamp, bool) or not isinstance(stamp, int):
        raise ProtocolError("the message timeStamp must be whole Unix seconds")
    payload = data.get("payload")
    if kind in _OBJECT_PAYLOADS and not isinstance(payload, dict):
        raise ProtocolError(
            f"the payload of a {kind.value} {sub_type.value} must be a JSON object, "
            f"not {_json_kind(payload)}"
        )
    return Message(kind, sub_type, message_id, payload, stamp)


# NBWSS envelopes and their payloads are a few levels deep; anything deeper is not one.
MAX_DEPTH = 32
# Above the WebSocket frame limit (connection.MAX_MESSAGE_SIZE): a last guard, not the first.
MAX_TEXT = 2 << 20
MAX_ID = 200
_TOO_DEEP = f"the message is nested more than {MAX_DEPTH} levels deep"
# CONNECT and COMMAND carry objects (SPEC §4.2); a NOTIFICATION request carries an array and
# its acknowledgement anything, so those are not checked.
_OBJECT_PAYLOADS = frozenset({MessageType.CONNECT, MessageType.COMMAND})
_E = TypeVar("_E", MessageType, SubType)


def _member(enum: type[_E], value: object, key: str) -> _E:
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    raise ProtocolError(f"unknown message {key} {_shown(value)}")


def _too_deep(value: dict[str, Any]) -> bool:
    """Whether `value` nests containers more than MAX_DEPTH levels; iterative, never recursive."""
    stack: list[tuple[dict[str, Any] | list[Any], int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, dict | list):
                if depth >= MAX_DEPTH:
                    return True
                stack.append((child, depth + 1))
    return False


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _shown(value: object, limit: int = 40) -> str:
    """A peer's value as it may appear in a message: short, whatever the peer sent."""
    if isinstance(value, dict | list):
        return _json_kind(value)
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def connect_verdict(response: Message, request: Message) -> bool:
    """Whether a CONNECT response accepts the token; ProtocolError if it is not one."""
    if response.type is not MessageType.CONNECT or response.sub_type is not SubType.RESPONSE:
        raise ProtocolError(f"expected a CONNECT response, got {response.summary()}")
    if response.id != request.id:
        raise ProtocolError("the CONNECT response does not repeat the request's id")
    payload = response.payload
    if not isinstance(payload, dict) or not isinstance(payload.get("valid"), bool):
        raise ProtocolError('the CONNECT response has no "valid": true or false')
    return bool(payload["valid"])
