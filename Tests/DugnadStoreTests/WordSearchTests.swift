import DugnadCore
import GRDB
import Testing
@testable import DugnadStore

/// List filters match word by word: every word typed must be found in one of
/// the searched columns, not the whole text as one phrase.
@Suite struct WordSearchTests {
    let dir = TempDir()

    @Test func aVenueIsFoundByItsNameAndItsSitesName() throws {
        let db = try AppDatabase.open(path: dir.path("v.sqlite"), user: "anna")
        _ = try db.insertOpenVenue(name: "Aula")
        let site = try #require(try db.read { try String.fetchOne($0, sql: "SELECT name FROM site WHERE id = 1") })
        let siteWord = String(site.split(separator: " ").first!).uppercased()
        var filter = VenueFilter()
        filter.text = "aula \(siteWord)"
        let day = CivilDate(iso: "2026-11-26")!
        #expect(try db.venueDays(on: day, filter: filter, offset: 0, limit: 10).map(\.venue.name) == ["Aula"])
        #expect(try db.venueDayCount(filter: filter) == 1)
        filter.text = "aula sirkustelt"
        #expect(try db.venueDays(on: day, filter: filter, offset: 0, limit: 10).isEmpty)
    }

    @Test func anOrganisationIsFoundByWordsInAnyOrderAndByItsNumberWithSpaces() throws {
        let db = try AppDatabase.open(path: dir.path("o.sqlite"), user: "anna")
        try db.saveOrganisation(Organisation(name: "Fjell Bridgeklubb", orgNumber: "974 760 673"))
        try db.saveOrganisation(Organisation(name: "Fjell Historielag"))
        #expect(try db.organisations(matching: "bridge fjell", sort: .name, offset: 0, limit: 10).map(\.name)
                == ["Fjell Bridgeklubb"])
        #expect(try db.organisations(matching: "974 760 673", sort: .name, offset: 0, limit: 10).map(\.name)
                == ["Fjell Bridgeklubb"])
        #expect(try db.organisationCount(matching: "fjell") == 2)
        #expect(try db.organisationCount(matching: "fjell sjakk") == 0)
    }
}
