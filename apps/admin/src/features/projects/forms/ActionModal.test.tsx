import { MantineProvider } from "@mantine/core";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type Client, Provider } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { actionForms } from "../actions";
import { LangProvider } from "../../../lib/i18n";
import { ActionModal } from "./ActionModal";
import { sequentialServer } from "../../../test-support";

function renderModal(client: Client, action: "REJECT" | "APPRAISE", onDone = vi.fn()) {
  const [form] = actionForms([action]);
  render(
    <MantineProvider>
      <LangProvider initial="vi">
        <Provider value={client}>
          <ActionModal
            form={form!}
            projectId="p1"
            version={7}
            activities={[]}
            onClose={vi.fn()}
            onDone={onDone}
          />
        </Provider>
      </LangProvider>
    </MantineProvider>,
  );
  return onDone;
}

afterEach(cleanup);

describe("a transition's form", { timeout: 30_000 }, () => {
  it("asks for the reason, then for a confirmation, before refusing a đề án; it sends the version read", async () => {
    const { client, sent } = sequentialServer([
      { data: { rejectProject: { id: "p1", state: "REJECTED", version: 8 } } },
    ]);
    const onDone = renderModal(client, "REJECT");
    const user = userEvent.setup();
    const button = () =>
      screen.getAllByRole("button").find((b) => /Không phê duyệt/.test(b.textContent ?? ""));
    await user.click(button()!);
    expect(await screen.findByText("Vui lòng nhập lý do")).toBeTruthy();
    await user.type(screen.getByLabelText(/Lý do/), "Không thuộc ngành nghề được hỗ trợ");
    await user.click(button()!);
    expect(await screen.findByText(/không hoàn tác được/)).toBeTruthy();
    expect(sent).toHaveLength(0);
    await user.click(button()!);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toContain("rejectProject(");
    expect(sent[0]?.variables).toEqual({
      projectId: "p1",
      version: 7,
      reason: "Không thuộc ngành nghề được hỗ trợ",
    });
  });

  it("shows a stale version's refusal with the way out: reload", async () => {
    const { client } = sequentialServer([
      {
        data: null,
        errors: [
          {
            message: "Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.",
            extensions: { code: "STALE_VERSION" },
          },
        ],
      },
    ]);
    const onDone = renderModal(client, "APPRAISE");
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Ngày thẩm định/), "01/04/2026");
    await user.tab();
    await user.type(screen.getByLabelText(/Ý kiến thẩm định/), "Đạt");
    const submit = screen.getAllByRole("button").find((b) => b.textContent === "Ghi kết quả thẩm định");
    await user.click(submit!);
    expect(await screen.findByText("Đề án vừa được người khác thay đổi")).toBeTruthy();
    expect(onDone).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Tải lại đề án" }));
    expect(onDone).toHaveBeenCalled();
  });
});
