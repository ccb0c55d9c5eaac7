import DugnadCore
import Testing
@testable import DugnadStore

@Suite struct OrganisationTests {
    let dir = TempDir()

    @Test func saveInsertsUpdatesAndAuditsWhatChanged() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let saved = try db.saveOrganisation(Organisation(name: "  Konnerud IL ", orgNumber: "974 760 673",
                                                         category: .idrett, umbrellaID: 1, kommunedelID: 5))
        #expect(saved.id > 3 && saved.name == "Konnerud IL" && saved.orgNumber == "974760673")
        #expect(try db.organisation(id: saved.id) == saved)
        var changed = saved
        changed.name = "Konnerud Idrettslag"
        changed.email = "post@konnerud-il.no"
        try db.saveOrganisation(changed)
        let history = try db.auditEntries(entity: "organisation", id: saved.id)
        #expect(history.map(\.action) == ["update", "create"])
        #expect(history[0].details == "name: Konnerud IL → Konnerud Idrettslag; email:  → post@konnerud-il.no")
        #expect(history[1].details.contains("org_number: 974760673"))
        // Saving without changes writes nothing.
        try db.saveOrganisation(changed)
        #expect(try db.auditEntries(entity: "organisation", id: saved.id).count == 2)
        try db.setOrganisationActive(id: saved.id, false)
        #expect(try db.organisation(id: saved.id)?.active == false)
        #expect(try db.auditEntries(entity: "organisation", id: saved.id).first?.details == "active: true → false")
    }

    @Test func validationAndDuplicatesAreRefused() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        #expect(expectStoreError(.invalidOrganisation([.nameMissing, .orgNumber(.badCheckDigit), .emailInvalid])) {
            try db.saveOrganisation(Organisation(name: " ", orgNumber: "974760674", email: "nope"))
        })
        try db.saveOrganisation(Organisation(name: "A", orgNumber: "974760673"))
        #expect(expectStoreError(.duplicateOrgNumber("974760673")) {
            try db.saveOrganisation(Organisation(name: "B", orgNumber: "974 760 673"))
        })
        #expect(expectStoreError(.notFound) { try db.saveOrganisation(Organisation(id: 999, name: "C")) })
        #expect(try db.organisationCount(matching: "") == 4)
    }

    @Test func userNotInStaffMayLookButNotChange() throws {
        _ = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let guest = try AppDatabase.open(path: dir.path("d.sqlite"), user: "gjest")
        #expect(expectStoreError(.notStaff(user: "gjest")) { try guest.saveOrganisation(Organisation(name: "X")) })
        #expect(try guest.organisationCount(matching: "") == 3)
    }

    @Test func windowedListSortsFiltersAndFoldsNorwegianLetters() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        for (name, k) in [("Østre Lions", 7), ("Åssiden korps", 3), ("aktiv senior", 1), ("Bragernes sjakk", 8)] {
            try db.saveOrganisation(Organisation(name: name, kommunedelID: RowID(k), contactName: "Per Ås"))
        }
        #expect(try db.organisationCount(matching: "østre") == 1)
        #expect(try db.organisationCount(matching: "ØSTRE LIONS") == 1)
        #expect(try db.organisationCount(matching: "per ås") == 4)
        let page = try db.organisations(matching: "", sort: .name, offset: 1, limit: 2)
        #expect(page.map(\.name) == ["Bragernes sjakk", "Drammen Friluftsforum"])
        #expect(try db.organisations(matching: "", sort: .recent, offset: 0, limit: 1).first?.name == "Bragernes sjakk")
        #expect(try db.organisations(matching: "", sort: .kommunedel, offset: 0, limit: 1).first?.name == "Bragernes sjakk")
        #expect(try db.organisations(matching: "", sort: .category, offset: 0, limit: 1).first?.category == .annet)
        try db.setOrganisationActive(id: 4, false)
        #expect(try db.organisationCount(matching: "", includeInactive: false) == 6)
        #expect(try db.organisations(matching: "", sort: .name, offset: 0, limit: 99, includeInactive: false).count == 6)
    }

    @Test func staffAdministration() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        try db.addStaff(username: "kari", displayName: "Kari Nordmann", role: .frontdesk)
        #expect(expectStoreError(.lastAdmin) { try db.removeStaff(username: "anna") })
        #expect(expectStoreError(.lastAdmin) { try db.addStaff(username: "anna", displayName: "", role: .grants) })
        let kari = try AppDatabase.open(path: dir.path("d.sqlite"), user: "kari")
        #expect(expectStoreError(.forbidden(user: "kari", role: .frontdesk)) {
            try kari.addStaff(username: "ola", displayName: "Ola", role: .admin)
        })
        try kari.saveOrganisation(Organisation(name: "Frontdesk may edit the directory"))
        try db.addStaff(username: "kari", displayName: "Kari Nordmann", role: .admin)
        try db.removeStaff(username: "anna")
        #expect(try db.currentStaff() == nil)
        #expect(try kari.currentStaff()?.role == .admin)
        #expect(expectStoreError(.notFound) { try kari.removeStaff(username: "nobody") })
        #expect(try db.auditEntries(entity: "staff", id: 1).first?.action == "remove")
    }
}
