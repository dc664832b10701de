import { capabilitiesOf } from "@khuyencong/domain";
import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Me, MeContext } from "../../../lib/me";
import { fakeServer, renderWith } from "../../../test-support";
import { Money } from "./Money";
import type { ProjectDetail } from "../graphql/queries";

afterEach(cleanup);

const treasury = {
  id: "u1",
  role: "TREASURY",
  capabilities: capabilitiesOf("TREASURY"),
  fullName: "Kho bạc",
  email: "kb@x.vn",
} as Me;
const commune = {
  id: "u2",
  role: "COMMUNE_OFFICER",
  capabilities: capabilitiesOf("COMMUNE_OFFICER"),
  fullName: "Xã",
  email: "xa@x.vn",
} as Me;

/** A settled đề án whose advance exceeded the final support: 30.000.000 ₫ owed back, 10.000.000 ₫ returned. */
const settled = {
  id: "p1",
  code: "ĐA-2026-0001",
  version: 9,
  state: "SETTLED",
  totals: { cost: 400_000_000, requestedSupport: 200_000_000, counterpartFunds: 200_000_000 },
  approvedSupport: 200_000_000,
  paid: { advance: 140_000_000, total: 140_000_000, pending: 0 },
  finalSupport: 110_000_000,
  settledOn: "2026-09-01",
  finalPayment: 0,
  refundDue: 30_000_000,
  refundReceived: 10_000_000,
  settlementDossierPath: null,
  paymentRequests: [],
} as unknown as ProjectDetail;

function renderMoney(me: Me, answers: Record<string, object> = {}) {
  const server = fakeServer(answers);
  const reload = vi.fn();
  renderWith(
    server.client,
    <MeContext.Provider value={me}>
      <Money project={settled} editable={false} reload={reload} />
    </MeContext.Provider>,
  );
  return { ...server, reload };
}

describe("the refund after settlement", () => {
  it("is recorded by the Treasury, for at most what is still owed, with the version read", async () => {
    const { sent, reload } = renderMoney(treasury, {
      RecordProjectRefund: {
        data: { recordProjectRefund: { id: "p1", version: 10, refundReceived: 30_000_000 } },
      },
    });
    await userEvent.click(screen.getByRole("button", { name: "Ghi nhận khoản thu hồi" }));
    const field = screen.getByRole("textbox", { name: /Số tiền đã thu hồi/ }) as HTMLInputElement;
    expect(field.value).toBe("20.000.000");
    await userEvent.clear(field);
    await userEvent.type(field, "25.000.000");
    await userEvent.click(screen.getByRole("button", { name: "Ghi nhận" }));
    expect(await screen.findByText(/Không được lớn hơn số còn phải thu hồi/)).toBeTruthy();
    expect(sent).toHaveLength(0);
    await userEvent.clear(field);
    await userEvent.type(field, "20000000");
    await userEvent.click(screen.getByRole("button", { name: "Ghi nhận" }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(sent.map((s) => [s.operationName, s.variables])).toEqual([
      ["RecordProjectRefund", { projectId: "p1", version: 9, amount: 20_000_000 }],
    ]);
  });

  it("is not offered to a commune officer", () => {
    renderMoney(commune);
    expect(screen.queryByRole("button", { name: "Ghi nhận khoản thu hồi" })).toBeNull();
    expect(screen.getByText("30.000.000 ₫")).toBeTruthy();
  });
});
