/**
 * Notification e-mails (issue 13 §4): with SMTP_URL set, the background sender e-mails a notification
 * after its change committed, and retries when the mail server refuses — tested against a real SMTP
 * server started here (smtp-server). Its own file: the builders cache the programme of one test server.
 */
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectActors, projectIn } from "./builders/project.js";
import { createEnvelope } from "./fixtures.js";
import { startTestServer, type TestServer } from "./harness.js";

interface Received {
  to: string[];
  data: string;
}

/** A real SMTP server on a free port; `refuse` makes it refuse every recipient (a mail server in trouble). */
async function startSmtp(): Promise<{
  url: string;
  received: Received[];
  refuse: { on: boolean };
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const refuse = { on: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refuse.on) return callback(new Error("Hộp thư tạm thời không nhận thư"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until<T>(
  what: string,
  fn: () => Promise<T | undefined> | T | undefined,
  ms = 15_000,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("e-mail through a real SMTP server", () => {
  let t: TestServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await startTestServer({
      settings: {
        mail: { smtpUrl: smtp.url, from: "Khuyến công Hải Phòng <khuyencong@test.local>", pollMs: 100 },
      },
    });
    await createEnvelope(t, (await t.createUser("FINANCE")).token, 2026, "CITY_BUDGET", 50_000_000_000);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it("an approval produces an e-mail to the proposer, sent after commit", async () => {
    const preparer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
    const { project } = await projectIn(t, await projectActors(t, preparer), "APPROVED");
    const mail = await until("the approval e-mail", () =>
      smtp.received.find((m) => m.to.includes(preparer.email) && /duy/.test(m.data)),
    );
    expect(mail.data).toMatch(/khuyencong@test\.local/);
    expect(mail.data).toMatch(/^Subject: /m);
    // The sender marks the row after the SMTP server has accepted the message: wait for that mark.
    const row = await until("the notification marked sent", async () => {
      const [found] = await t.dataSource.query(
        "SELECT email_status, email_attempts, email_sent_at FROM notification WHERE entity_id = $1 AND kind = 'PROJECT_APPROVED'",
        [project.id],
      );
      return found?.email_status === "PENDING" ? undefined : found;
    });
    expect(row).toMatchObject({ email_status: "SENT", email_attempts: 1 });
    expect(row.email_sent_at).toBeTruthy();
  });

  it("a mail server that refuses never blocks the mutation: the e-mail waits and is tried again later", async () => {
    smtp.refuse.on = true;
    try {
      const preparer = await t.createUser("COMMUNE_OFFICER", { communeCode: "xa-an-hung" });
      const { project } = await projectIn(t, await projectActors(t, preparer), "APPROVED");
      const row = await until("a failed attempt", async () => {
        const [r] = await t.dataSource.query(
          "SELECT email_status, email_attempts, email_error, email_next_at > now() AS later FROM notification WHERE entity_id = $1 AND kind = 'PROJECT_APPROVED'",
          [project.id],
        );
        return r?.email_attempts >= 1 ? r : undefined;
      });
      expect(row).toMatchObject({ email_status: "PENDING", email_attempts: 1, later: true });
      expect(row.email_error).toBeTruthy();
      expect(smtp.received.some((m) => m.to.includes(preparer.email))).toBe(false);

      // When the retry is due and the server accepts again, it is sent.
      smtp.refuse.on = false;
      await t.dataSource.query("UPDATE notification SET email_next_at = now() WHERE entity_id = $1", [
        project.id,
      ]);
      await until("the retried e-mail", () => smtp.received.find((m) => m.to.includes(preparer.email)));
    } finally {
      smtp.refuse.on = false;
    }
  });
});
