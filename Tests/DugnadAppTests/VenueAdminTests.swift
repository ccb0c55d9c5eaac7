import DugnadCore
import Testing
import TerminalKit
@testable import DugnadApp

@Suite struct VenueAdminTests {
    static let frontDesk = Staff(id: 2, username: "ola", displayName: "Ola", role: .frontdesk)

    /// Types into a text field by key: moves focus there, clears it (Ctrl-U), types.
    static func fill(_ key: String, _ text: String, _ m: inout Model) {
        guard let index = m.form?.fields.firstIndex(where: { $0.key == key }) else {
            Issue.record("no field \(key)")
            return
        }
        while m.form?.focus != index { Fixtures.press([.tab], &m) }
        Fixtures.press([.ctrl("u")], &m)
        _ = Fixtures.type(text, &m)
    }

    @Test func onlyAdministratorsMayOpenTheVenueForm() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .venues, staff: Self.frontDesk)
        for key in ["N", "E", "D"] {
            #expect(update(&m, .keyPressed(.char(Character(key)))).isEmpty)
            #expect(m.form == nil && m.overlay == nil)
            #expect(m.message == StatusMessage(.venues(.admin(.adminOnly)), isError: true))
        }
        #expect(view(m, theme: .builtinDefault).text.contains("Bare administratorer kan opprette og endre lokaler"))
    }

    @Test func newVenueIsReadFromTheFormIntoExactlyOneSaveCommand() {
        var m = VenuesUpdateTests.gridModel()
        #expect(update(&m, .keyPressed(.char("N"))).isEmpty)
        #expect(m.form?.purpose == .venues(.venue(original: nil)) && m.keyContext == .form)
        _ = Fixtures.type("Lillesalen", &m)
        Fixtures.press([.tab, .char(" "), .tab], &m)              // kind: the one after møterom
        _ = Fixtures.type("knutepunkt fj", &m)                      // site picker filters…
        Fixtures.press([.enter], &m)                                // …and Enter picks Knutepunkt Fjell
        Self.fill("capacity", "30", &m)
        Self.fill("hours1", "8-16, 18:00-22", &m)
        Self.fill("hours7", "stengt", &m)
        Self.fill("hourlyRate", "kr 1 250,50", &m)
        Self.fill("equipment", "projektor, kjøkken, Projektor", &m)
        let commands = update(&m, .keyPressed(.ctrl("s")))
        var hours = OpeningHours.standard
        hours.days[0] = [OpeningHours.Interval(start: CivilTime(hour: 8)!, end: CivilTime(hour: 16)!),
                         OpeningHours.Interval(start: CivilTime(hour: 18)!, end: CivilTime(hour: 22)!)]
        hours.days[6] = []
        let expected = Venue(name: "Lillesalen", kind: .bibliotek, siteID: 1, kommunedelID: 6, capacity: 30,
                             openingHours: hours, hourlyRate: Money(ore: 125_050), equipment: ["projektor", "kjøkken"])
        #expect(commands == [.venueAdmin(.saveVenue(expected))])
        #expect(m.form?.saving == true)
        // The store's answer closes the form and reads the grid and names again.
        var saved = expected
        saved.id = 40
        let after = update(&m, .venueAdmin(.venueSaved(.success(saved))))
        #expect(m.form == nil && m.message == StatusMessage(.venues(.admin(.created("Lillesalen")))))
        #expect(after.first == .loadLookup && after.contains { if case .loadPage = $0 { true } else { false } })
    }

    @Test func badOpeningHoursAndAmountsAreShownByFieldAndNothingIsSaved() {
        var m = VenuesUpdateTests.gridModel()
        Fixtures.press([.char("N")], &m)
        _ = Fixtures.type("Lillesalen", &m)
        Self.fill("hours2", "08-12, 11-14", &m)
        Self.fill("hours3", "22-02", &m)
        Self.fill("hours4", "08:15-16", &m)
        Self.fill("hourlyRate", "450 kroner", &m)
        #expect(update(&m, .keyPressed(.ctrl("s"))).isEmpty)
        let form = try! #require(m.form)
        #expect(form.field(VenueFormField.kommunedel)?.error == .venues(.admin(.problem(.kommunedelMissing))))
        #expect(form.field(VenueFormField.hours2)?.error == .venues(.admin(.problem(.hours(.overlap)))))
        #expect(form.field(VenueFormField.hours3)?.error == .venues(.admin(.problem(.hours(.crossesMidnight("22-02"))))))
        #expect(form.field(VenueFormField.hours4)?.error == .venues(.admin(.problem(.hours(.offSlotGrid(slotMinutes: 30))))))
        #expect(form.field(VenueFormField.hourlyRate)?.error == .venues(.admin(.problem(.amountUnreadable))))
        #expect(form.fields[form.focus].key == VenueFormField.kommunedel.name)
        #expect(!form.saving)
    }

    @Test func editTheVenueUnderTheCursorAndShowTheStoresRefusalByField() {
        var m = VenuesUpdateTests.gridModel()
        Fixtures.press([.char("E")], &m)
        #expect(m.form?.title == .venues(.admin(.editTitle("Storsalen"))))
        #expect(m.form?.value(VenueFormField.hourlyRate) == "450" && m.form?.value(VenueFormField.equipment) == "projektor")
        #expect(m.form?.value(VenueFormField.hours1) == "08-22" && m.form?.value(VenueFormField.site) == "1")
        Self.fill("capacity", "75", &m)
        var expected = Fixtures.storsalen
        expected.capacity = 75
        #expect(update(&m, .keyPressed(.ctrl("s"))) == [.venueAdmin(.saveVenue(expected))])
        _ = update(&m, .venueAdmin(.venueSaved(.failure(.invalidVenue([VenueIssue(.hours(weekday: 5), .hours(.overlap))])))))
        #expect(m.form?.field(VenueFormField.hours5)?.error == .venues(.admin(.problem(.hours(.overlap)))))
        #expect(m.form?.saving == false)
    }

    @Test func deactivateAsksFirstAndSaysHowManyBookingsRemain() {
        var m = VenuesUpdateTests.gridModel()
        #expect(update(&m, .keyPressed(.char("D"))).isEmpty)
        #expect(m.overlay == .confirm(.venues(.setVenueActive(id: 1, name: "Storsalen", active: false))))
        #expect(view(m, theme: .builtinDefault).text.contains("Deaktivere «Storsalen»?"))
        _ = update(&m, .keyPressed(.right))
        #expect(update(&m, .keyPressed(.enter)) == [.venueAdmin(.setVenueActive(id: 1, active: false))])
        var inactive = Fixtures.storsalen
        inactive.active = false
        let after = update(&m, .venueAdmin(.venueActiveSet(.success(VenueActiveChange(venue: inactive, upcoming: 2)))))
        #expect(m.message == StatusMessage(.venues(.admin(.deactivated("Storsalen", upcoming: 2)))))
        #expect(m.text(m.message!.phrase).contains("2 kommende bookinger gjelder fortsatt – ring leietakerne"))
        #expect(after.first == .loadLookup && m.venues.grid.window.loaded == false)
        // "n" answers no: nothing is asked of the store.
        Fixtures.press([.char("D")], &m)
        #expect(update(&m, .keyPressed(.char("n"))).isEmpty && m.overlay == nil)
    }

    @Test func theDirectorysVenueListReactivatesWithTheSameKeys() {
        var m = Fixtures.model(size: Size(width: 80, height: 24), tab: .directory)
        m.directory.section = .venues
        var inactive = Fixtures.moterom
        inactive.active = false
        m.directory.venues.receive(total: 2, offset: 0, rows: [Fixtures.storsalen, inactive], visible: m.paneLayout.visibleRows)
        #expect(view(m, theme: .builtinDefault).text.contains("Møterom 2 (deaktivert)"))
        Fixtures.press([.char("j"), .char("D")], &m)
        #expect(m.overlay == .confirm(.venues(.setVenueActive(id: 2, name: "Møterom 2", active: true))))
        m.overlay = nil
        Fixtures.press([.char("e")], &m)
        #expect(m.form?.purpose == .venues(.venue(original: inactive)))
    }
}
