import { MantineProvider } from "@mantine/core";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Client, Provider } from "urql";
import { LangProvider } from "../../../lib/i18n";
import { RegistrationForm } from "./RegistrationForm";
import type { Registration } from "../graphql/useAllRegistrations";
import { sequentialServer } from "../../../test-support";

const LINES = [
  { id: "l-i2", code: "I.2", name: "Hỗ trợ chuyển giao máy móc", unit: "Cơ sở", groupCode: "I", target: 24 },
];
const GROUPS = [{ code: "I", name: "Nhóm I" }];

const registration: Registration = {
  id: "r1",
  version: 3,
  communeCode: "xa-an-hung",
  unitId: null,
  quantity: 3,
  estimatedCost: 450_000_000,
  fundSource: "CITY_BUDGET",
  note: null,
  createdAt: "2026-11-28T03:00:00Z",
  updatedAt: "2026-11-28T03:00:00Z",
  commune: { displayName: "Xã An Hưng" },
  unit: null,
  targetLineId: "l-i2",
  targetLine: { id: "l-i2", code: "I.2", name: "Hỗ trợ chuyển giao máy móc", unit: "Cơ sở" },
  createdBy: { fullName: "Cán bộ An Hưng" },
};

function renderForm(client: Client, onSaved = vi.fn()) {
  render(
    <MantineProvider>
      <LangProvider initial="vi">
        <Provider value={client}>
          <RegistrationForm
            year={2026}
            registration={registration}
            chooseRegistrant={false}
            registrantName="Xã An Hưng"
            lines={LINES}
            groups={GROUPS}
            onClose={vi.fn()}
            onSaved={onSaved}
          />
        </Provider>
      </LangProvider>
    </MantineProvider>,
  );
  return onSaved;
}

afterEach(cleanup);

// Rendering Mantine in happy-dom on a shared machine takes seconds, not milliseconds.
describe("the registration form", { timeout: 30_000 }, () => {
  it("checks the quantity before sending anything, then sends the change with the version read", async () => {
    const { client, sent } = sequentialServer([
      { data: { updatePlanRegistration: { id: "r1", version: 4 } } },
    ]);
    const onSaved = renderForm(client);
    const user = userEvent.setup();
    expect(screen.getByText(/Chỉ tiêu năm 2026 của thành phố: 24 Cơ sở/)).toBeTruthy();

    const quantity = screen.getByLabelText(/Số lượng/);
    await user.clear(quantity);
    await user.type(quantity, "0");
    await user.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    expect(await screen.findByText("Số lượng phải lớn hơn 0")).toBeTruthy();
    expect(sent).toHaveLength(0);

    await user.clear(quantity);
    await user.type(quantity, "5");
    await user.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables).toMatchObject({
      id: "r1",
      version: 3,
      quantity: 5,
      estimatedCost: 450_000_000,
      fundSource: "CITY_BUDGET",
      note: null,
    });
  });

  it("shows the server's refusal as the API wrote it, and does not close", async () => {
    const refusal =
      'Không thể sửa đăng ký: kế hoạch khuyến công năm 2026 đang ở trạng thái "Đã tổng hợp, chờ phê duyệt". Sở Công Thương đã tổng hợp kế hoạch; cần mở lại kế hoạch để thay đổi.';
    const { client } = sequentialServer([
      { data: null, errors: [{ message: refusal, extensions: { code: "INVALID_TRANSITION" } }] },
    ]);
    const onSaved = renderForm(client);
    await userEvent.setup().click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(refusal);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("puts a refusal that names a field on that field", async () => {
    const { client } = sequentialServer([
      {
        data: null,
        errors: [
          {
            message: "Kinh phí dự kiến của một hoạt động không quá 1.000 tỷ đồng",
            extensions: { code: "BAD_USER_INPUT", field: "estimatedCost" },
          },
        ],
      },
    ]);
    renderForm(client);
    await userEvent.setup().click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    const cost = await screen.findByLabelText(/Kinh phí dự kiến/);
    await waitFor(() => expect(cost.getAttribute("aria-invalid")).toBe("true"));
    expect(screen.getByText("Kinh phí dự kiến của một hoạt động không quá 1.000 tỷ đồng")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
