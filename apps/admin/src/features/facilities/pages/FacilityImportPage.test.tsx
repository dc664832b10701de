import { capabilitiesOf } from "@khuyencong/domain";
import { MantineProvider } from "@mantine/core";
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { type Client, Provider } from "urql";
import { afterEach, describe, expect, it } from "vitest";
import { LangProvider } from "../../../lib/i18n";
import { type Me, MeContext } from "../../../lib/me";
import { FacilityImportPage } from "./FacilityImportPage";
import { sequentialServer } from "../../../test-support";

const officer = {
  id: "u1",
  email: "can-bo@an-hung.vn",
  fullName: "Cán bộ",
  role: "COMMUNE_OFFICER",
  roleLabel: "Cán bộ xã",
  capabilities: capabilitiesOf("COMMUNE_OFFICER"),
  communeCode: "xa-an-hung",
  commune: { displayName: "Xã An Hưng" },
  unit: null,
} as Me;

function renderPage(client: Client, me: Me = officer) {
  render(
    <MantineProvider>
      <LangProvider initial="vi">
        <MeContext.Provider value={me}>
          <Provider value={client}>
            <FacilityImportPage />
          </Provider>
        </MeContext.Provider>
      </LangProvider>
    </MantineProvider>,
  );
}

const row = (
  n: number,
  name: string,
  errors: { column: string; message: string }[] = [],
  facilityId = null,
) => ({
  row: n,
  name,
  communeName: "Xã An Hưng",
  facilityId,
  errors,
});
const result = (dryRun: boolean, rows: ReturnType<typeof row>[], importedCount = 0) => ({
  data: {
    importFacilities: {
      dryRun,
      importedCount,
      rowCount: rows.length,
      errorRowCount: rows.filter((r) => r.errors.length > 0).length,
      rows,
    },
  },
});

const xlsxFile = (name = "co-so.xlsx") => new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2])], name);

afterEach(cleanup);

describe("the facility import page", { timeout: 30_000 }, () => {
  it("shows each wrong row's errors and offers no import until a dry run is clean", async () => {
    const { client, sent } = sequentialServer([
      result(true, [
        row(2, "HKD Đan cói"),
        row(3, "HKD Mộc", [{ column: "Ngành nghề", message: '"Nghề mộc" không có trong danh mục.' }]),
      ]),
      result(true, [row(2, "HKD Đan cói"), row(3, "HKD Mộc")]),
      result(false, [row(2, "HKD Đan cói", [], "f1" as never), row(3, "HKD Mộc", [], "f2" as never)], 2),
    ]);
    renderPage(client);
    const user = userEvent.setup();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, xlsxFile());
    await user.click(screen.getByRole("button", { name: "Kiểm tra thử" }));
    await screen.findByText("Tệp còn dòng lỗi");
    expect(screen.getByText('"Nghề mộc" không có trong danh mục.')).toBeTruthy();
    expect(screen.queryByRole("button", { name: /^Nhập \d+ cơ sở$/ })).toBeNull();
    expect(sent[0]?.variables).toMatchObject({ dryRun: true, fileName: "co-so.xlsx", file: "UEsDBAEC" });

    await user.click(screen.getByRole("button", { name: "Kiểm tra thử" }));
    await user.click(await screen.findByRole("button", { name: "Nhập 2 cơ sở" }));
    const confirm = await screen.findByRole("dialog");
    await user.click(
      Array.from(confirm.querySelectorAll("button")).find(
        (b) => b.textContent === "Nhập 2 cơ sở",
      ) as HTMLElement,
    );
    await screen.findByText("Đã nhập 2 cơ sở.");
    expect(sent[2]?.variables).toMatchObject({ dryRun: false });
    expect(sent).toHaveLength(3);
  });

  it("refuses a file that is not .xlsx before sending it, and shows the server's refusal", async () => {
    const { client, sent } = sequentialServer([
      { errors: [{ message: "Tệp có quá 2000 dòng dữ liệu.", extensions: { code: "BAD_USER_INPUT" } }] },
    ]);
    renderPage(client);
    const user = userEvent.setup({ applyAccept: false });
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, xlsxFile("co-so.csv"));
    await screen.findByText(/Chỉ nhận tệp Excel .xlsx/);
    expect((screen.getByRole("button", { name: "Kiểm tra thử" }) as HTMLButtonElement).disabled).toBe(true);
    await user.upload(input, xlsxFile());
    await user.click(screen.getByRole("button", { name: "Kiểm tra thử" }));
    await screen.findByText("Tệp có quá 2000 dòng dữ liệu.");
    expect(sent).toHaveLength(1);
  });

  it("tells an analyst they may not import", () => {
    const { client, sent } = sequentialServer([]);
    renderPage(client, { ...officer, role: "ANALYST", capabilities: capabilitiesOf("ANALYST") } as Me);
    expect(screen.getByRole("alert").textContent).toContain("Bạn không có quyền nhập cơ sở");
    expect(sent).toHaveLength(0);
  });
});
