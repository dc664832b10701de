/**
 * Notifications (issue 13 §4): written in the transaction of the change that causes them (a refused
 * change leaves none), read and marked by their recipient only. E-mail: test/notification-email.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectActors, projectIn } from "./builders/project.js";
import { remindDuties } from "../src/notifications/duty-reminders.js";
import { silentLogger } from "../src/log.js";
import { createEnvelope } from "./fixtures.js";
import { graphql } from "./graphql/index.js";
import { errorCode, startTestServer, type TestServer } from "./harness.js";

const BELL = graphql(`
  query NotificationsBell($unreadOnly: Boolean) {
    myUnreadNotificationCount
    myNotifications(unreadOnly: $unreadOnly) { id kind title body entityType entityId readAt }
  }
`);

const MARK = graphql(`
  mutation NotificationsMarkRead($ids: [ID!]) { markNotificationsRead(ids: $ids) }
`);

const LINES = graphql(`query NotificationsLines { programme { groups { lines { id } } } }`);

const SAVE = graphql(`
  mutation NotificationsSaveReport($lines: [CommuneReportLineInput!]!) {
    saveCommuneReport(year: 2026, lines: $lines) { id version }
  }
`);

const SUBMIT = graphql(`
  mutation NotificationsSubmitReport($id: ID!, $version: Int!) {
    submitCommuneReport(id: $id, version: $version) { status }
  }
`);

const OPEN_PLAN = graphql(`
  mutation NotificationsOpenPlan($year: Int!) { openAnnualPlan(year: $year) { id } }
`);

describe("the bell (no mail configured)", () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer();
    await createEnvelope(t, (await t.createUser("FINANCE")).token, 2026, "CITY_BUDGET", 50_000_000_000);
  });
  afterAll(() => t?.close());

  it("tells the preparer their đề án was approved, and only them; they mark it read", async () => {
    const preparer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
    const actors = await projectActors(t, preparer);
    const { project } = await projectIn(t, actors, "APPROVED");

    const bell = await t.ok(BELL, {}, preparer.token);
    const approved = bell.myNotifications.find((n) => n.kind === "PROJECT_APPROVED");
    expect(approved).toMatchObject({ entityType: "Project", entityId: project.id, readAt: null });
    expect(approved?.title).toMatch(/đã được phê duyệt/);
    expect(bell.myUnreadNotificationCount).toBe(bell.myNotifications.length);

    // Nobody else sees it, nor can mark it.
    const other = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-kien-thuy" });
    expect((await t.ok(BELL, {}, other.token)).myNotifications).toEqual([]);
    expect((await t.ok(MARK, { ids: [approved?.id as string] }, other.token)).markNotificationsRead).toBe(0);

    expect((await t.ok(MARK, { ids: [approved?.id as string] }, preparer.token)).markNotificationsRead).toBe(
      1,
    );
    const after = await t.ok(BELL, { unreadOnly: true }, preparer.token);
    expect(after.myNotifications.map((n) => n.id)).not.toContain(approved?.id);
    expect(after.myUnreadNotificationCount).toBe(bell.myUnreadNotificationCount - 1);
    expect((await t.ok(MARK, {}, preparer.token)).markNotificationsRead).toBe(
      after.myUnreadNotificationCount,
    );
    expect((await t.ok(BELL, {}, preparer.token)).myUnreadNotificationCount).toBe(0);

    // Mail is off: nothing queued.
    const [{ n }] = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM notification WHERE email_status <> 'NONE'",
    );
    expect(n).toBe(0);
    expect(errorCode(await t.gql(BELL, {}))).toBe("UNAUTHENTICATED");
  });

  it("tells the preparer of a return with its reason, and of a payment the Treasury made", async () => {
    const preparer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
    const actors = await projectActors(t, preparer);
    const returned = await projectIn(t, actors, "DRAFT", { through: ["SUBMITTED"] });
    const paid = await projectIn(t, actors, "ADVANCED");
    const bell = (await t.ok(BELL, {}, preparer.token)).myNotifications;
    const back = bell.find((n) => n.kind === "PROJECT_RETURNED");
    expect(back).toMatchObject({ entityId: returned.project.id });
    expect(back?.body).toMatch(/Lý do: /);
    const money = bell.find((n) => n.kind === "PAYMENT_PAID");
    expect(money).toMatchObject({ entityType: "PaymentRequest" });
    expect(money?.title).toMatch(/Kho bạc đã thanh toán .*₫/);
    expect(bell.filter((n) => n.kind === "PROJECT_APPROVED").map((n) => n.entityId)).toEqual([
      paid.project.id,
    ]);
  });

  it("tells every commune officer and unit that a year's plan is open, and a refused change tells nobody", async () => {
    const officer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
    const unit = await t.createUser("IMPLEMENTING_UNIT", { unitId: t.unitId });
    const department = await t.createUser("DEPARTMENT");
    await t.ok(OPEN_PLAN, { year: 2028 }, department.token);
    for (const user of [officer, unit]) {
      const kinds = (await t.ok(BELL, {}, user.token)).myNotifications.map((n) => n.kind);
      expect(kinds).toContain("PLAN_OPENED");
    }
    expect((await t.ok(BELL, {}, department.token)).myNotifications).toEqual([]);
    const [{ n: before }] = await t.dataSource.query("SELECT count(*)::int AS n FROM notification");
    // Opening it again is refused: its transaction rolls back, notifications included.
    expect(errorCode(await t.gql(OPEN_PLAN, { year: 2028 }, department.token))).toBe("INVALID_TRANSITION");
    const [{ n: afterRefusal }] = await t.dataSource.query("SELECT count(*)::int AS n FROM notification");
    expect(afterRefusal).toBe(before);
  });

  it("reminds each commune officer of the yearly report once when due soon and once when overdue, until it is sent", async () => {
    const sender = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-nam-sach" });
    const late = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-tien-lang" });
    const reminders = async (user: { token: string }) =>
      (await t.ok(BELL, {}, user.token)).myNotifications
        .filter((n) => n.entityType === "Duty")
        .map((n) => `${n.kind} ${n.entityId}`);

    // Nothing due within 14 days on 20/11; on 5/12 the 2026 report is due soon (15/12).
    await remindDuties(t.dataSource, silentLogger, {}, "2026-11-20");
    expect(await reminders(late)).toEqual([]);
    await remindDuties(t.dataSource, silentLogger, {}, "2026-12-05");
    await remindDuties(t.dataSource, silentLogger, {}, "2026-12-06");
    expect(await reminders(late)).toEqual(["DUTY_DUE_SOON COMMUNE_YEARLY_REPORT:2026"]);

    // The first commune sends its report; on 16/12 only the other is overdue.
    const lineId = (await t.ok(LINES, {}, sender.token)).programme.groups[0]?.lines[0]?.id as string;
    const saved = (await t.ok(SAVE, { lines: [{ targetLineId: lineId, achieved: 1 }] }, sender.token))
      .saveCommuneReport;
    await t.ok(SUBMIT, { id: saved.id, version: saved.version }, sender.token);
    await remindDuties(t.dataSource, silentLogger, {}, "2026-12-16");
    await remindDuties(t.dataSource, silentLogger, {}, "2026-12-17");
    expect(await reminders(late)).toEqual([
      "DUTY_OVERDUE COMMUNE_YEARLY_REPORT:2026",
      "DUTY_DUE_SOON COMMUNE_YEARLY_REPORT:2026",
    ]);
    expect(await reminders(sender)).toEqual(["DUTY_DUE_SOON COMMUNE_YEARLY_REPORT:2026"]);
  });
});
