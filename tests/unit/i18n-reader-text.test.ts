import { afterEach, describe, expect, it } from "vitest";
import { failureMessage } from "@/components/common/field-errors";
import { fieldMessage } from "@/components/ui/field";
import { failureSentence } from "@/lib/http/failure-sentence";
import { messagesFor } from "@/lib/i18n/messages";
import { setReaderLanguage } from "@/lib/i18n/reader";

function readIn(locale: "en" | "de") {
  setReaderLanguage(locale, messagesFor(locale).common);
}

afterEach(() => readIn("en"));

describe("a field's message from the server", () => {
  it("reads as the server wrote it in English", () => {
    expect(fieldMessage("Title", ["must be at most 20000 characters"])).toBe(
      "Title must be at most 20000 characters.",
    );
    expect(fieldMessage("Title", ["Pick a shorter title."])).toBe("Pick a shorter title.");
  });

  it("reads as a German sentence, its numbers written the German way", () => {
    readIn("de");
    expect(fieldMessage("Titel", ["must not be empty"])).toBe("Titel darf nicht leer sein.");
    expect(fieldMessage("Titel", ["must be at most 20000 characters"])).toBe(
      "Titel darf höchstens 20.000 Zeichen lang sein.",
    );
    expect(fieldMessage("Größe", ["must be one of 1024x1024, 512x512"])).toBe(
      "Größe muss einer dieser Werte sein: 1024x1024, 512x512.",
    );
  });

  it("stays English where the fragment is not a known one", () => {
    readIn("de");
    expect(fieldMessage("Titel", ["must rhyme"])).toBe("Titel must rhyme.");
  });

  it("points at the highlighted fields in the reader's language", () => {
    readIn("de");
    expect(
      failureMessage("title: must not be empty", { title: "Titel darf nicht leer sein." }),
    ).toBe("Prüfe die markierten Felder und versuch es erneut.");
    expect(failureMessage("Name taken.", {})).toBe("Name taken.");
  });
});

describe("a failure's sentence", () => {
  it("keeps the server's words for a reader of English", () => {
    expect(failureSentence("rate_limited", "Too many attempts. Try again in 30 seconds.")).toBe(
      "Too many attempts. Try again in 30 seconds.",
    );
    expect(failureSentence("server_error")).toBe(
      "Something went wrong on the server. Try again in a moment.",
    );
  });

  it("says a generic failure in the reader's language", () => {
    readIn("de");
    expect(failureSentence("banned", "This account has been suspended.")).toBe(
      "Dieses Konto wurde gesperrt.",
    );
    expect(failureSentence("network_error")).toBe(
      "Der Server ist nicht erreichbar. Prüfe deine Verbindung und versuch es erneut.",
    );
  });

  it("keeps the server's words where they are specific", () => {
    readIn("de");
    const specific = "You have used your token allowance (1,000 tokens).";
    expect(failureSentence("token_limit_reached", specific)).toBe(specific);
    expect(failureSentence("some_new_code")).toBe("Etwas ist schiefgelaufen.");
  });
});
