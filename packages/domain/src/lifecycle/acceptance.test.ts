import { describe, expect, it } from "vitest";
import { acceptanceProblems } from "./acceptance.js";

describe("acceptance completeness", () => {
  const activities = ["a1", "a2"];

  it("accepts minutes naming every activity once, 0 included (not delivered)", () => {
    expect(
      acceptanceProblems(activities, [
        { activityId: "a1", actualQuantity: 3 },
        { activityId: "a2", actualQuantity: 0 },
      ]),
    ).toEqual([]);
  });

  it("refuses an activity left out, with the procedure's citation", () => {
    const [problem] = acceptanceProblems(activities, [{ activityId: "a1", actualQuantity: 3 }]);
    expect(problem).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "outputs",
      message: "Biên bản nghiệm thu phải ghi kết quả thực tế của mọi nội dung hoạt động",
    });
    expect(problem?.citation?.note).toContain("chưa xác minh");
  });

  it("refuses an activity of another đề án, or one named twice", () => {
    for (const outputs of [
      [{ activityId: "x", actualQuantity: 1 }],
      [
        { activityId: "a1", actualQuantity: 1 },
        { activityId: "a1", actualQuantity: 2 },
      ],
    ])
      expect(acceptanceProblems(activities, outputs)[0]?.message).toBe(
        "Kết quả nghiệm thu ghi một nội dung không thuộc đề án hoặc ghi hai lần",
      );
  });

  it("refuses a quantity that is negative or not whole", () => {
    for (const actualQuantity of [-1, 1.5, Number.NaN])
      expect(acceptanceProblems(["a1"], [{ activityId: "a1", actualQuantity }])[0]?.message).toBe(
        "Khối lượng nghiệm thu phải là số nguyên không âm",
      );
  });
});
