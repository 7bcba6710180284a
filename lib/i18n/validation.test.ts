import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { toFormState } from "@/lib/form-state";
import { errorResponse } from "@/lib/http/errors";
import { updateSchema } from "@/lib/updates/schema";
import { toFieldErrors } from "@/lib/validation";
import { formatFieldErrors, formatValidationMessage, validationMessage } from "./validation";

const invalidUpdate = () => {
  const parsed = updateSchema.safeParse({ pledgeId: "", eventDate: "2999-01-01", quantity: "-1", title: "ab", evidence: [] });
  if (parsed.success) throw new Error("expected the update to be refused");
  return toFieldErrors(parsed.error);
};

describe("validation messages", () => {
  it("are catalogue keys that read in each language, with their values", () => {
    const message = validationMessage("rules.fieldRequired", { label: "workstream" });
    expect(formatValidationMessage(message)).toBe("Choose the workstream this progress belongs to.");
    expect(formatValidationMessage(message, "fr")).toBe("Choisissez l’élément « workstream » auquel ce progrès se rattache.");
    expect(formatValidationMessage(validationMessage("rules.outsidePeriod", { startDay: "2017-09-26", endDay: "2022-09-25" }), "es")).toMatch(/26 sept 2017 – 25 sept 2022/);
    expect(formatValidationMessage(validationMessage("common.tooLong", { max: 1000 }), "fr")).toBe("Restez sous 1\u202f000 caractères."); // French groups digits with a narrow no-break space
  });

  it("leave any other text as it is (a message from elsewhere, or one that only looks like a key)", () => {
    expect(formatValidationMessage("Sign in to do this.", "ar")).toBe("Sign in to do this.");
    expect(formatValidationMessage("update.noSuchKey", "fr")).toBe("update.noSuchKey");
    expect(formatValidationMessage("update.titleMin {not json", "fr")).toBe("update.titleMin {not json");
  });

  it("reach a form in its language and the JSON API in English, from the one schema", async () => {
    const fields = invalidUpdate();
    const arabic = toFormState(new ValidationError(fields), "ar");
    expect(arabic.message).toBe("راجع الحقول المميّزة.");
    expect(arabic.errors?.title).toEqual(["أدخل عنوانًا من 3 أحرف على الأقل."]);
    expect(arabic.errors?.eventDate).toEqual(["لا يمكن أن يكون التاريخ في المستقبل."]);
    expect(toFormState(new ValidationError(fields), "zh").errors?.evidence).toEqual(["请至少添加一项证据。"]);

    const body = await errorResponse(new ValidationError(fields)).json();
    expect(body.error.message).toBe("Check the highlighted fields.");
    expect(body.error.fields).toEqual(formatFieldErrors(fields));
    expect(body.error.fields.title).toEqual(["Enter a title of at least 3 characters."]);
    expect(body.error.fields.quantity).toEqual(["Enter zero or more."]);
  });
});
