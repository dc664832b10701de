import { capabilitiesOf } from "@khuyencong/domain";
import { MantineProvider } from "@mantine/core";
import { cleanup, render, screen } from "@testing-library/react";
import { Client, fetchExchange, Provider } from "urql";
import { afterEach, describe, expect, it, vi } from "vitest";
import { LangProvider } from "../../../lib/i18n";
import { type Me, MeContext } from "../../../lib/me";
import { HomePage } from "./HomePage";

/** A client whose server answers with `answer`; the requests are kept. */
function fakeServer(answer: object) {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)));
    return new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } });
  });
  return { client: new Client({ url: "http://api.test/graphql", exchanges: [fetchExchange], fetch }), sent };
}

const user = (role: Me["role"]) =>
  ({
    id: "u1",
    email: "x@sct.vn",
    fullName: "X",
    role,
    roleLabel: role,
    capabilities: capabilitiesOf(role),
    communeCode: null,
    commune: null,
    unit: null,
  }) as Me;

function renderHome(client: Client, me: Me, lang: "vi" | "en" = "vi") {
  render(
    <MantineProvider>
      <LangProvider initial={lang}>
        <MeContext.Provider value={me}>
          <Provider value={client}>
            <HomePage />
          </Provider>
        </MeContext.Provider>
      </LangProvider>
    </MantineProvider>,
  );
}

afterEach(cleanup);

const count = (n: number) => ({ totalCount: n });

describe("HomePage", () => {
  it("asks once for the department's counts and links each to its filtered list", async () => {
    const { client, sent } = fakeServer({
      data: {
        submitted: count(2),
        appraised: count(0),
        approved: count(1),
        inProgress: count(0),
        adjusting: count(0),
        accepted: count(0),
        settled: count(0),
        plans: [{ year: 2027, status: "OPEN" }],
      },
    });
    renderHome(client, user("DEPARTMENT"));
    const appraise = await screen.findByRole("link", { name: "Chờ thẩm định" });
    expect(appraise.getAttribute("href")).toBe("/de-an?state=SUBMITTED");
    expect(appraise.closest(".mantine-Card-root")?.textContent).toContain("2");
    expect(screen.getByRole("link", { name: "Tổng hợp các đăng ký" }).getAttribute("href")).toBe("/ke-hoach");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables).toEqual({ department: true, settles: true, proposer: false, treasury: false });
  });

  it("lists a commune's returned drafts with the department's reason", async () => {
    const { client } = fakeServer({
      data: {
        drafts: {
          totalCount: 2,
          nodes: [
            { id: "p1", code: "ĐA-2026-0001", title: "Máy cán", lastReason: "Thiếu báo giá" },
            { id: "p2", code: "ĐA-2026-0002", title: "Lò sấy", lastReason: null },
          ],
        },
        contracted: count(0),
        advanced: count(0),
        toPay: count(0),
        toPayFinal: count(0),
      },
    });
    renderHome(client, user("COMMUNE_OFFICER"));
    const link = await screen.findByRole("link", { name: "ĐA-2026-0001" });
    expect(link.getAttribute("href")).toBe("/de-an/p1");
    expect(screen.getByText("Thiếu báo giá")).toBeTruthy();
    expect(screen.queryByRole("link", { name: "ĐA-2026-0002" })).toBeNull();
  });

  it("asks nothing for a role with no step on đề án, and says so in English too", () => {
    const { client, sent } = fakeServer({ data: {} });
    renderHome(client, user("ANALYST"), "en");
    expect(screen.getByRole("heading", { name: "My tasks" })).toBeTruthy();
    expect(screen.getByText(/Your role has no step to take/)).toBeTruthy();
    expect(sent).toHaveLength(0);
  });
});
