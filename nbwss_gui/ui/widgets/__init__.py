"""Small pieces every window shares: icons, message boxes, task keeping, the crash dialog."""
