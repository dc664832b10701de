import { cleanup, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeServer, renderWith } from "../../../test-support";
import { type UserRow, UserFormModal } from "./UserForm";

afterEach(cleanup);

const choices = {
  data: {
    communes: [{ code: "xa-an-hung", displayName: "Xã An Hưng" }],
    implementingUnits: [{ id: "00000000-0000-0000-0000-000000000001", name: "Trung tâm Khuyến công" }],
  },
};

const officer: UserRow = {
  id: "11111111-1111-1111-1111-111111111111",
  email: "can-bo@an-hung.vn",
  fullName: "Cán bộ An Hưng",
  role: "COMMUNE_OFFICER",
  roleLabel: "Cán bộ UBND xã, phường, đặc khu",
  active: true,
  version: 3,
  communeCode: "xa-an-hung",
  commune: { displayName: "Xã An Hưng" },
  unitId: null,
  unit: null,
};

describe("UserFormModal", () => {
  it("checks a new user before sending and sends nothing while a field is missing", async () => {
    const { client, sent } = fakeServer({ UserScopeChoices: choices });
    const onSaved = vi.fn();
    renderWith(client, <UserFormModal onClose={() => {}} onSaved={onSaved} />);
    const user = userEvent.setup();
    await user.type(await screen.findByRole("textbox", { name: /Email/ }), "khong-phai-email");
    await user.click(screen.getByRole("button", { name: "Tạo người dùng" }));
    expect(await screen.findByText("Email không hợp lệ")).toBeTruthy();
    expect(screen.getAllByText("Vui lòng nhập trường này").length).toBe(3); // name, role, password
    expect(sent.some((s) => s.operationName === "CreateUser")).toBe(false);
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("sends the version it read and shows the server's duplicate-email message under the email", async () => {
    const { client, sent } = fakeServer({
      UserScopeChoices: choices,
      UpdateUser: {
        data: null,
        errors: [
          {
            message: "Email này đã được dùng cho một tài khoản khác",
            extensions: { code: "CONFLICT", field: "email" },
          },
        ],
      },
    });
    const onSaved = vi.fn();
    renderWith(client, <UserFormModal user={officer} onClose={() => {}} onSaved={onSaved} />);
    const user = userEvent.setup();
    const email = await screen.findByRole("textbox", { name: /Email/ });
    await user.clear(email);
    await user.type(email, "phong-khuyen-cong@sct.vn");
    await user.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    await screen.findByText("Email này đã được dùng cho một tài khoản khác");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    const update = sent.find((s) => s.operationName === "UpdateUser");
    expect(update?.variables).toMatchObject({
      id: officer.id,
      version: 3,
      email: "phong-khuyen-cong@sct.vn",
      role: "COMMUNE_OFFICER",
      communeCode: "xa-an-hung",
      unitId: null,
      active: true,
    });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it("asks for a second press before saving a deactivation", async () => {
    const { client, sent } = fakeServer({
      UserScopeChoices: choices,
      UpdateUser: { data: { updateUser: { ...officer, active: false, version: 4 } } },
    });
    const onSaved = vi.fn();
    renderWith(client, <UserFormModal user={officer} onClose={() => {}} onSaved={onSaved} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole("switch", { name: /Đang hoạt động/ }));
    await user.click(screen.getByRole("button", { name: "Lưu thay đổi" }));
    await screen.findByText("Vô hiệu hoá tài khoản?");
    expect(sent.some((s) => s.operationName === "UpdateUser")).toBe(false);
    await user.click(screen.getByRole("button", { name: "Xác nhận lưu và vô hiệu hoá" }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent.find((s) => s.operationName === "UpdateUser")?.variables).toMatchObject({ active: false });
  });
});
