/**
 * One write path over real HTTP on the seeded database: a transaction, the commune check, the INSERT and
 * its audit row, as every mutation of the API does them.
 */
import { afterAll, beforeAll, bench, describe } from "vitest";
import { facilityInput } from "../test/fixtures.js";
import { startTestServer, type TestServer, type TestUser } from "../test/harness.js";
import { CREATE_FACILITY, REQUEST_BENCH, request } from "./graphql.js";
import { seedVolume } from "./seed.js";

let t: TestServer;
let manager: TestUser;

beforeAll(async () => {
  t = await startTestServer();
  manager = await t.createUser("DEPARTMENT");
  await seedVolume(t, manager);
});
afterAll(() => t?.close());

const COMMUNES = ["xa-an-hung", "xa-kien-thuy", "xa-an-lao", "xa-tien-lang"];
let n = 0;

describe("graphql mutations", () => {
  bench(
    "createFacility (transaction + commune check + insert + audit row)",
    async () => {
      n++;
      await request(t, manager.token, CREATE_FACILITY, {
        input: facilityInput({
          name: `Hộ kinh doanh Bánh đa số ${n}`,
          taxCode: String(900_000_000 + n),
          productionCommuneCode: COMMUNES[n % COMMUNES.length],
        }),
      });
    },
    REQUEST_BENCH,
  );
});
