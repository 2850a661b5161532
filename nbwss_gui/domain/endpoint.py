"""The endpoint details value: the five fields of the vendor's JSON format."""

from __future__ import annotations

from dataclasses import dataclass, field

# The JSON key of each field, in the order the vendor's guide lists them.
KEYS: tuple[str, ...] = ("token", "priority", "groupId", "hostName", "url")
PRIORITY_MAX = 2_147_483_647
GROUP_ID_MAX = 255


@dataclass(frozen=True, slots=True)
class EndpointDetails:
    """Checked endpoint details. The token is secret: it is left out of repr and of to_public()."""

    token: str = field(repr=False)
    priority: int
    group_id: str
    host_name: str
    url: str

    def __repr__(self) -> str:
        return (
            f"EndpointDetails(token=<{len(self.token)} characters>, priority={self.priority}, "
            f"group_id={self.group_id!r}, host_name={self.host_name!r}, url={self.url!r})"
        )

    def to_public(self) -> dict[str, object]:
        """The details as JSON keys, with the token replaced by its length."""
        return {
            "tokenLength": len(self.token),
            "priority": self.priority,
            "groupId": self.group_id,
            "hostName": self.host_name,
            "url": self.url,
        }
