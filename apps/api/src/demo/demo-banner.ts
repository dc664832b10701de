import { ROLE_LABELS } from "@khuyencong/domain";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-data.js";

export interface DemoBannerOptions {
  /** Where to open the app, e.g. `http://localhost:4000/`. */
  url: string;
  /** The demo's data folder, to say what to delete to start over. */
  dataDir: string;
  /** `false`: the data was already there (a restart). */
  seeded: boolean;
}

/** What the demo prints on stdout once the server listens: where to go and who to sign in as. */
export function demoBanner(options: DemoBannerOptions): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.email.length)) + 2;
  const rule = "=".repeat(96);
  return [
    "",
    rule,
    "CHẾ ĐỘ TRÌNH DIỄN / DEMO MODE: dữ liệu mẫu, không phải dữ liệu thật / sample data, not real data",
    options.seeded
      ? "Đã nạp dữ liệu mẫu / Sample data loaded."
      : "Dữ liệu mẫu đã có từ lần chạy trước, giữ nguyên / Sample data kept from the previous run.",
    `  Mở / Open:                 ${options.url}`,
    `  Dữ liệu / Data folder:     ${options.dataDir} (xoá để làm lại từ đầu / delete it to start over)`,
    `  Mật khẩu mọi tài khoản / Password of every account:  ${DEMO_PASSWORD}`,
    "",
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(width)}${ROLE_LABELS[u.role]}: ${u.tryThis}`),
    rule,
    "",
  ].join("\n");
}
