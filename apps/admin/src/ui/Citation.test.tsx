import { cleanup, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fakeServer, renderWith } from "../test-support";
import { Citation, needsVerification } from "./Citation";

afterEach(cleanup);

describe("citations", () => {
  it("flags every norm whose values were not fully verified", () => {
    expect(needsVerification("UNVERIFIED")).toBe(true);
    expect(needsVerification("PARTLY_VERIFIED")).toBe(true);
    expect(needsVerification("VERIFIED")).toBe(false);
    expect(needsVerification("VERIFIED_SUPERSEDED")).toBe(false);
  });

  it("shows the parts as the law reads when they were asked for", () => {
    renderWith(
      fakeServer({}).client,
      <Citation
        citation={{
          document: "Thông tư 28/2018/TT-BTC",
          article: "Điều 8",
          clause: "khoản 4",
          status: "VERIFIED",
        }}
      />,
    );
    expect(screen.getByText("Thông tư 28/2018/TT-BTC")).toBeTruthy();
    expect(screen.getByText("Điều 8, khoản 4")).toBeTruthy();
  });

  it("shows the API's one line, marked when not verified", () => {
    renderWith(
      fakeServer({}).client,
      <Citation citation={{ text: "NĐ 45/2012, Điều 5", status: "PARTLY_VERIFIED" }} />,
    );
    expect(screen.getByText("NĐ 45/2012, Điều 5")).toBeTruthy();
    expect(screen.getByText("xác minh một phần")).toBeTruthy();
  });
});
