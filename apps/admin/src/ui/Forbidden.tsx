import { CAPABILITY_LABELS, type Capability } from "@khuyencong/domain";
import { Text, Tooltip } from "@mantine/core";
import { cloneElement, type MouseEvent, type ReactElement, type ReactNode, useId } from "react";
import type { Translate } from "../lib/i18n";

/** Why an action is not offered: the capability it needs, in the domain's words. */
export function needsCapability(t: Translate, capability: Capability): string {
  return t(
    `Cần quyền “${CAPABILITY_LABELS[capability]}”.`,
    `Needs the capability “${CAPABILITY_LABELS[capability]}”.`,
  );
}

/** A line saying why actions the user might look for are not shown here. */
export function ReasonNote({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed" role="note">
      {children}
    </Text>
  );
}

/**
 * A button the user may not press now, disabled with its reason: shown on hover and focus as a tooltip and
 * given to a screen reader as the button's description. The button stays focusable (`aria-disabled`, not
 * `disabled`), so that a keyboard user reaches the reason too; its click does nothing.
 */
export function WithReason({
  reason,
  children,
}: {
  reason: string | null;
  children: ReactElement<{ onClick?: (e: MouseEvent) => void }>;
}) {
  const id = useId();
  if (!reason) return children;
  return (
    <Tooltip label={reason} multiline w={280} withArrow>
      {cloneElement(children, {
        "data-disabled": true,
        "aria-disabled": true,
        "aria-describedby": id,
        onClick: (e: MouseEvent) => e.preventDefault(),
        rightSection: (
          <span id={id} hidden>
            {reason}
          </span>
        ),
      } as Record<string, unknown>)}
    </Tooltip>
  );
}
