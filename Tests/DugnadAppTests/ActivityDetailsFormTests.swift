import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct ActivityDetailsFormTests {
    static func set(_ key: String, _ text: String, _ m: inout Model) {
        let i = m.form!.fields.firstIndex { $0.key == key }!
        if case .text = m.form!.fields[i].kind { m.form!.fields[i].input = TextFieldState(text) }
        else if case .number = m.form!.fields[i].kind { m.form!.fields[i].input = TextFieldState(text) }
        else { m.form!.fields[i].value = text }
    }

    @Test func theDetailsAreCheckedAndSavedWithTheActivity() {
        var m = Fixtures.model(tab: .calendar)
        Fixtures.press([.char("n")], &m)
        Self.set("title", "Språkkafé", &m)
        Self.set("capacity", "0", &m)
        #expect(Fixtures.press([.ctrl("s")], &m).isEmpty)
        #expect(m.form?.field(ActivityFormField.capacity)?.error == .calendar(.details(.capacityBelowOne)))
        #expect(Phrase.calendar(.details(.capacityBelowOne)).text(.nb) == "Antall plasser må være minst 1.")
        Self.set("capacity", "25", &m)
        Self.set("ageMin", "18", &m)
        Self.set("ageMax", "12", &m)
        #expect(Fixtures.press([.ctrl("s")], &m).isEmpty)
        #expect(m.form?.field(ActivityFormField.ageMin)?.error == .calendar(.details(.ageMinAboveMax)))
        Self.set("ageMax", "", &m)
        Self.set("free", "0", &m)
        Self.set("priceAmount", "tolv kroner", &m)
        #expect(Fixtures.press([.ctrl("s")], &m).isEmpty)
        #expect(m.form?.field(ActivityFormField.priceAmount)?.error == .calendar(.details(.badPrice)))
        #expect(Phrase.calendar(.details(.badPrice)).text(.en).hasPrefix("Write the price in kroner"))
        Self.set("priceAmount", "1 250", &m)
        Self.set("signUp", "1", &m)
        Self.set("status", "open", &m)
        Self.set("languages", "norsk, arabisk ,", &m)
        Self.set("contact", "Kari, 900 00 000", &m)
        Self.set("accessibility", "Trinnfri inngang, teleslynge", &m)
        let commands = Fixtures.press([.ctrl("s")], &m)
        guard case .calendar(.save(let a, let rule, _, _, _))? = commands.first else {
            Issue.record("no save: \(commands) \(String(describing: m.form?.fields.compactMap(\.error)))")
            return
        }
        #expect(rule == nil && !a.free)
        #expect(a.details == ActivityDetails(signUpRequired: true, capacity: 25, contact: "Kari, 900 00 000",
                                             accessibility: "Trinnfri inngang, teleslynge", languages: ["norsk", "arabisk"],
                                             status: .open, ageMin: 18, ageMax: nil, price: Money(ore: 125_000)))
        #expect(Phrase.calendar(.details(.priceText(free: false, price: a.details.price))).text(.nb) == "kr 1 250,00")
    }
}
