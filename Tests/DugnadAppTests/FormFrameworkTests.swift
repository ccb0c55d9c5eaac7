import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

/// The form framework every pane uses: typed fields, normalisation and
/// translated validation, independent of any one form.
@Suite struct FormFrameworkTests {
    static func form() -> FormState {
        FormState(purpose: .directory(.organisation(id: 0)), title: .newOrganisation, fields: [
            Field(key: TestField.date, label: .column(.date), kind: .date, required: true),
            Field(key: TestField.time, label: .column(.time), kind: .time),
            Field(key: TestField.people, label: .column(.attendees), kind: .number(range: 1...200)),
        ])
    }

    static func type(_ text: String, into form: inout FormState) {
        for ch in text { _ = form.handle(.char(ch), today: Fixtures.today) }
    }

    @Test func datesAndTimesAreNormalisedWhenLeavingTheField() {
        var f = Self.form()
        Self.type("+3", into: &f)
        _ = f.handle(.tab, today: Fixtures.today)
        #expect(f.value(TestField.date) == "29.11.2026")
        Self.type("1800", into: &f)
        _ = f.handle(.tab, today: Fixtures.today)
        #expect(f.value(TestField.time) == "18:00")
        #expect(f.fields.allSatisfy { $0.error == nil })
    }

    @Test func badInputGetsATranslatedMessageAndBlocksSaving() {
        var f = Self.form()
        Self.type("31.2", into: &f)
        _ = f.handle(.tab, today: Fixtures.today)
        #expect(f.field(TestField.date)?.error == .badDate)
        Self.type("25", into: &f)
        _ = f.handle(.tab, today: Fixtures.today)
        #expect(f.field(TestField.time)?.error == .badTime)
        Self.type("500", into: &f)
        #expect(f.handle(.ctrl("s"), today: Fixtures.today) == .save)
        let valid = f.validateAll(today: Fixtures.today)
        #expect(!valid)
        #expect(f.field(TestField.people)?.error == .numberOutOfRange(1, 200))
        #expect(Phrase.badDate.text(.nb).contains("26.11.2026"))
        #expect(Phrase.numberOutOfRange(1, 200).text(.en) == "Must be between 1 and 200.")
    }

    @Test func requiredFieldsAndEnterOnTheLastFieldSaves() {
        var f = Self.form()
        _ = f.handle(.tab, today: Fixtures.today)
        #expect(f.field(TestField.date)?.error == .fieldRequired)
        _ = f.handle(.tab, today: Fixtures.today)
        #expect(f.focus == 2)
        #expect(f.handle(.enter, today: Fixtures.today) == .save)
        #expect(f.isDirty == false)
        Self.type("12", into: &f)
        #expect(f.isDirty)
    }

    @Test func aLetterPicksTheNextChoiceStartingWithIt() {
        let options = [Choice(value: "", label: "Alle"), Choice(value: "barn", label: "barn"),
                       Choice(value: "seniorer", label: "seniorer"), Choice(value: "sosialt", label: "sosialt")]
        var f = FormState(purpose: .directory(.organisation(id: 0)), title: .newOrganisation, fields: [
            Field(key: TestField.date, label: .column(.date), kind: .choice(options)),
        ])
        _ = f.handle(.char("s"), today: Fixtures.today)
        #expect(f.value(TestField.date) == "seniorer")
        _ = f.handle(.char("S"), today: Fixtures.today)
        #expect(f.value(TestField.date) == "sosialt")
        _ = f.handle(.char("s"), today: Fixtures.today)
        #expect(f.value(TestField.date) == "seniorer")   // round again
        _ = f.handle(.char("z"), today: Fixtures.today)
        #expect(f.value(TestField.date) == "seniorer")   // no choice starts with z: unchanged
        _ = f.handle(.char("a"), today: Fixtures.today)
        #expect(f.value(TestField.date) == "")
    }
}

/// The fields of the test form above.
enum TestField: String, FormFieldKey { case date, time, people }
