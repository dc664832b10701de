import { cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { fakeServer, renderWith } from "../../../test-support";
import { SupportCalculator } from "./SupportCalculator";

afterEach(cleanup);

const citation = {
  document: "Thông tư 28/2018/TT-BTC",
  article: "Điều 8",
  clause: "khoản 4",
  point: null,
  note: null,
  status: "VERIFIED",
  text: "khoản 4 Điều 8 Thông tư 28/2018/TT-BTC",
};

const answer = {
  data: {
    supportCalculation: {
      allowed: 300_000_000,
      boundBy: "CAP",
      cap: 300_000_000,
      eligibleCost: 800_000_000,
      excess: 50_000_000,
      explanation: "Hỗ trợ 50% chi phí hợp lệ…",
      rateLimit: 400_000_000,
      requested: 350_000_000,
      norm: {
        id: "KCQG.MACHINERY.2018",
        label: "Ứng dụng máy móc thiết bị",
        rate: 5000,
        cap: 300_000_000,
        capBasis: "mỗi cơ sở",
        validFrom: "2018-05-15",
        validTo: null,
        status: "VERIFIED",
      },
      citation,
    },
  },
};

describe("SupportCalculator", () => {
  it("refuses a decimal amount without asking the server", async () => {
    const { client, sent } = fakeServer({ SupportCalculation: answer });
    renderWith(client, <SupportCalculator />);
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: /Chi phí hợp lệ/ }), "1.234,5");
    await user.click(screen.getByRole("button", { name: "Tính mức hỗ trợ" }));
    expect(await screen.findByText(/phải là số nguyên đồng/)).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it("sends whole đồng read from dotted input and shows the rule applied with its citation", async () => {
    const { client, sent } = fakeServer({ SupportCalculation: answer });
    renderWith(client, <SupportCalculator />);
    const user = userEvent.setup();
    await user.type(screen.getByRole("textbox", { name: /Chi phí hợp lệ/ }), "800.000.000");
    await user.type(screen.getByRole("textbox", { name: /Số tiền đề nghị/ }), "350 000 000");
    await user.click(screen.getByRole("button", { name: "Tính mức hỗ trợ" }));
    const how = await screen.findByRole("table", { name: "Cách tính mức hỗ trợ" });
    expect(sent[0]?.variables).toMatchObject({
      activityKind: "MACHINERY",
      fundLevel: "LOCAL",
      eligibleCost: 800_000_000,
      requested: 350_000_000,
    });
    expect(how.textContent).toContain("Tỷ lệ 50% × chi phí");
    expect(how.textContent?.replace(/\s/g, " ")).toContain("50.000.000 ₫");
    expect(screen.getByText("Giới hạn bởi mức trần")).toBeTruthy();
    expect(screen.getByText("Thông tư 28/2018/TT-BTC")).toBeTruthy();
    expect(screen.getByText("Điều 8, khoản 4")).toBeTruthy();
  });
});
