import DugnadCore
import Testing
@testable import DugnadStore

@Suite struct ImportTests {
    let dir = TempDir()

    @Test func semicolonFileWithBOMAndNorwegianHeaders() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let csv = "\u{FEFF}Navn;Orgnr;Kategori;Paraply;Kommunedel;Kontaktperson;E-post;Telefon;Frivillighetsregisteret\r\n"
            + "Konnerud IL;974 760 673;idrett;Drammen Idrettsråd;Konnerud;Per;per@kil.no;12345678;ja\r\n"
            + "\"Sang; og spill\";;kultur;;Fjell;;;;nei\r\n"
        #expect(try db.importOrganisations(csvText: csv) == 2)
        let kil = try #require(try db.organisations(matching: "konnerud", sort: .name, offset: 0, limit: 5).first)
        #expect(kil.orgNumber == "974760673" && kil.umbrellaID == 1 && kil.kommunedelID == 5)
        #expect(kil.inFrivillighetsregisteret && kil.category == .idrett && kil.email == "per@kil.no")
        let sang = try #require(try db.organisations(matching: "sang", sort: .name, offset: 0, limit: 5).first)
        #expect(sang.name == "Sang; og spill" && sang.kommunedelID == 6 && !sang.inFrivillighetsregisteret)
        #expect(try db.auditEntries(entity: "organisation", id: kil.id).first?.action == "import")
    }

    @Test func commaFileWithEnglishHeaders() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let csv = "name,org_number,category,email\nBUA Drammen,,friluftsliv,\n\"Lions, Svelvik\",,humanitar,a@b.no\n"
        #expect(try db.importOrganisations(csvText: csv) == 2)
        #expect(try db.organisationCount(matching: "lions, svelvik") == 1)
    }

    @Test func badRowsRejectEverythingAndAreAllReported() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let csv = """
            navn;orgnr;kategori
            God forening;;kultur
            ;974760673;idrett
            "Forening med
            to linjer";974760674;idrett
            God forening;;kultur
            Fin forening;;ukjent
            Kort linje
            """
        do {
            _ = try db.importOrganisations(csvText: csv)
            Issue.record("import should fail")
        } catch let StoreError.importFailed(rows) {
            #expect(rows == [
                ImportRowError(line: 3, reason: .missingName),
                ImportRowError(line: 4, reason: .badOrgNumber(.badCheckDigit)),
                ImportRowError(line: 6, reason: .duplicateInFile(firstLine: 2)),
                ImportRowError(line: 7, reason: .unknownCategory("ukjent")),
                ImportRowError(line: 8, reason: .wrongColumnCount(expected: 3, found: 1)),
            ])
        }
        #expect(try db.organisationCount(matching: "") == 3)
        #expect(try db.auditEntries(offset: 0, limit: 10).count == 2)
    }

    @Test func twoBadRowsNothingWritten() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        let csv = "navn;orgnr\nA;\nB;12345\nC;\nDrammen Idrettsråd;\n"
        // "Drammen Idrettsråd" is stored: that row is an update, not a refusal.
        #expect(expectStoreError(.importFailed([ImportRowError(line: 3, reason: .badOrgNumber(.notNineDigits))])) {
            _ = try db.importOrganisations(csvText: csv)
        })
        #expect(try db.organisationCount(matching: "") == 3)
    }

    @Test func missingNameHeaderAndEmptyFile() throws {
        let db = try AppDatabase.open(path: dir.path("d.sqlite"), user: "anna")
        #expect(expectStoreError(.importFailed([ImportRowError(line: 1, reason: .missingHeader("name"))])) {
            _ = try db.importOrganisations(csvText: "orgnr;kategori\n974760673;idrett\n")
        })
        #expect(expectStoreError(.importFailed([ImportRowError(line: 1, reason: .empty)])) {
            _ = try db.importOrganisations(csvText: "navn\n")
        })
        #expect(ImportRowReason.badOrgNumber(.notNineDigits).description == "the organisation number must have nine digits")
    }
}
