import { MantineProvider } from "@mantine/core";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { LangProvider } from "../lib/i18n";
import { MoneyField } from "./MoneyField";

afterEach(cleanup);

/** A form holding the amount as a number, showing what it holds. */
function Form({ initial = null }: { initial?: number | null }) {
  const [amount, setAmount] = useState<number | null>(initial);
  return (
    <>
      <MoneyField
        label="Số tiền (đồng)"
        value={amount}
        onChange={setAmount}
        error={amount === null ? "Bắt buộc" : undefined}
      />
      <output aria-label="giá trị">{amount === null ? "null" : String(amount)}</output>
      <button type="button" onClick={() => setAmount(null)}>
        Xoá
      </button>
    </>
  );
}

const renderForm = (initial?: number | null) =>
  render(
    <MantineProvider>
      <LangProvider initial="vi">
        <Form initial={initial} />
      </LangProvider>
    </MantineProvider>,
  );

describe("MoneyField: whole đồng as an officer types them", () => {
  it("reads dots between thousands into a number, and shows the amount with dots once left", async () => {
    renderForm();
    const field = screen.getByRole("textbox", { name: /Số tiền/ });
    await userEvent.type(field, "3500000000");
    expect(screen.getByLabelText("giá trị").textContent).toBe("3500000000");
    await userEvent.tab();
    expect((field as HTMLInputElement).value).toBe("3.500.000.000");
    await userEvent.clear(field);
    await userEvent.type(field, "1.234.567");
    expect(screen.getByLabelText("giá trị").textContent).toBe("1234567");
  });

  it("refuses a decimal part with its own message, rather than the form's, and holds no value", async () => {
    renderForm();
    const field = screen.getByRole("textbox", { name: /Số tiền/ });
    await userEvent.type(field, "1,5");
    expect(screen.getByLabelText("giá trị").textContent).toBe("null");
    expect(screen.getByText(/Số tiền phải là số nguyên đồng/)).toBeTruthy();
    expect(screen.queryByText("Bắt buộc")).toBeNull();
  });

  it("shows a value given by the form, and empties when the form resets it", async () => {
    renderForm(250000000);
    const field = screen.getByRole("textbox", { name: /Số tiền/ }) as HTMLInputElement;
    expect(field.value).toBe("250.000.000");
    await userEvent.click(screen.getByRole("button", { name: "Xoá" }));
    expect(field.value).toBe("");
  });
});
