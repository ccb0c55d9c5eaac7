import DugnadCore
import GRDB

/// What an organisations import did (or, with `dryRun`, would do).
public struct OrganisationImportReport: Sendable, Equatable {
    public var created = 0
    public var updated = 0
    public var unchanged = 0
    /// Units the register has deleted (`slettedato`): marked inactive, never deleted.
    public var deactivated = 0
    /// Deleted units not yet in Dugnad: not added.
    public var deletedNotAdded = 0
    /// Header names Dugnad does not read, as written.
    public var ignoredColumns: [String] = []
    public var dryRun = false
    public var encoding: TextFileReader.Encoding = .utf8
}

extension AppDatabase {
    /// Imports organisations from CSV text held in memory (tests): see `importOrganisations(file:dryRun:)`.
    /// Returns the number created or updated.
    public func importOrganisations(csvText: String) throws(StoreError) -> Int {
        do {
            let report = try importOrganisations(lines: { body in
                for (i, line) in ICalendarStreamParser.physicalLines(csvText).enumerated() { try body(line, i + 1) }
            }, dryRun: false)
            return report.created + report.updated
        } catch let e as StoreError { throw e } catch { throw StoreError.sqlite("\(error)") }
    }

    /// Imports organisations from a CSV file read as a stream: Dugnad's
    /// layout or Enhetsregisteret's download. All rows or none: any rejected
    /// row throws `importFailed` listing every rejected row, nothing written.
    /// A row whose organisation number (or, without one, name) is stored
    /// updates it: the register's fields (name, Frivillighetsregisteret,
    /// e-mail, phone, form, address) from the file, what staff typed
    /// (contact, category, umbrella, kommunedel when the file has none,
    /// agreements) kept; a `slettedato` makes it inactive. Each change is audited.
    public func importOrganisations(file: TextFileReader, dryRun: Bool) throws -> OrganisationImportReport {
        var encoding = TextFileReader.Encoding.utf8
        var report = try importOrganisations(lines: { body in encoding = try file.forEachLine(body) }, dryRun: dryRun)
        report.encoding = encoding
        return report
    }

    private struct DryRunDone: Error {}

    func importOrganisations(lines: ((Substring, Int) throws -> Void) throws -> Void, dryRun: Bool) throws -> OrganisationImportReport {
        let user = self.user
        var result = OrganisationImportReport()
        var readFailure: (any Error)?
        do {
            result = try change(.editDirectory) { db, _ in
                var run = try OrganisationImportRun(db, user: user)
                var csv = CSVRecordReader()
                do {
                    try lines { line, number in try csv.feed(line, number: number) { try run.take($0, line: $1) } }
                } catch let e as TextFileReader.Failure { readFailure = e; throw e }
                if let open = csv.openQuoteLine { run.problems.append(ImportRowError(line: open, reason: .malformed)) }
                let report = try run.finish()
                if dryRun { result = report; result.dryRun = true; throw DryRunDone() }
                return report
            }
        } catch {
            if result.dryRun { return result }
            if let readFailure { throw readFailure }
            throw error
        }
        return result
    }
}

/// One import's state inside its transaction: rows are checked and written as they are read.
private struct OrganisationImportRun {
    let db: Database
    let user: String
    let lookup: ImportLookup
    var csv: OrganisationCSV?
    var problems: [ImportRowError] = []
    var report = OrganisationImportReport()
    var firstLineByKey: [String: Int] = [:]
    var rows = 0

    init(_ db: Database, user: String) throws {
        self.db = db; self.user = user
        lookup = try ImportLookup(db)
    }

    mutating func take(_ fields: [String], line: Int) throws {
        guard let csv else {
            do { csv = try OrganisationCSV(header: fields) } catch { problems.append(error); throw StoreError.importFailed(problems) }
            report.ignoredColumns = csv!.ignored
            return
        }
        if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { return }   // blank lines
        rows += 1
        switch csv.record(fields, line: line) {
        case .failure(let p): problems.append(p)
        case .success(let record): try take(record)
        }
    }

    mutating func take(_ record: OrganisationCSV.Record) throws {
        var rowProblems: [ImportRowReason] = []
        let name = record[.name]
        let number = record[.orgNumber].filter { !$0.isWhitespace }
        let phone = record[.phone].isEmpty ? record[.mobile] : record[.phone]
        for (_, problem) in OrganisationValidation.problems(name: name, orgNumber: number, email: record[.email]) {
            switch problem {
            case .nameMissing: rowProblems.append(.missingName)
            case .nameTooLong: rowProblems.append(.nameTooLong)
            case .orgNumber(let p): rowProblems.append(.badOrgNumber(p))
            case .emailInvalid: rowProblems.append(.invalidEmail)
            case .duplicateOrgNumber: break   // a stored number is an update
            }
        }
        let category = OrganisationCSV.category(record[.category])
        if category == nil { rowProblems.append(.unknownCategory(record[.category])) }
        let kommunedel = lookup.kommunedel(record[.kommunedel])
        if kommunedel == nil, !record[.kommunedel].isEmpty { rowProblems.append(.unknownKommunedel(record[.kommunedel])) }
        let umbrella = lookup.organisation(record[.umbrella])
        if umbrella == nil, !record[.umbrella].isEmpty { rowProblems.append(.unknownUmbrella(record[.umbrella])) }
        // The same organisation twice in the file: by org number when given, else by name.
        let key = number.isEmpty ? "name:" + TextFold.fold(name.trimmingWhitespace()) : "nr:" + number
        if !name.trimmingWhitespace().isEmpty {
            if let first = firstLineByKey[key] { rowProblems.append(.duplicateInFile(firstLine: first)) }
            else { firstLineByKey[key] = record.line }
        }
        if !rowProblems.isEmpty {
            problems += rowProblems.map { ImportRowError(line: record.line, reason: $0) }
            return
        }
        // Once a row is rejected nothing will be written: the rest is only checked.
        guard problems.isEmpty else { return }
        let deleted = !record[.deleted].isEmpty
        let register = [record[.orgForm], record[.address], record[.postcode], record[.postTown], record[.municipality]]
        let hasRegister = [OrganisationCSV.Column.orgForm, .address, .postcode, .postTown, .municipality, .deleted].contains { record.has($0) }

        if let id = lookup.existing(key) {
            let stored = try Organisation.fetchOne(db, id: id)
            var o = stored
            o.name = name.trimmingWhitespace()
            if record.has(.frivillighetsregisteret) { o.inFrivillighetsregisteret = OrganisationCSV.yes(record[.frivillighetsregisteret]) }
            if !record[.email].isEmpty { o.email = record[.email] }
            if !phone.isEmpty { o.phone = phone }
            if !record[.contact].isEmpty { o.contactName = record[.contact] }
            if !record[.category].isEmpty, let category { o.category = category }
            if let kommunedel { o.kommunedelID = kommunedel }
            if let umbrella { o.umbrellaID = umbrella }
            let storedRegister = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT org_form, address, postcode, post_town, municipality, deleted_on FROM organisation_register WHERE organisation_id = ?
                """), arguments: [id])
            let wasDeleted = storedRegister?["deleted_on"] as String? != nil
            if deleted { o.active = false } else if wasDeleted { o.active = true }   // back in the register
            let registerChanged = hasRegister && (storedRegister == nil
                || (0..<5).map { storedRegister![$0] as String } != register || wasDeleted != deleted)
            if o == stored && !registerChanged { report.unchanged += 1; return }
            if deleted && stored.active { report.deactivated += 1 } else { report.updated += 1 }
            try db.cachedStatement(sql: """
                UPDATE organisation SET name = ?, in_frivillighetsregisteret = ?, category = ?, umbrella_id = ?, kommunedel_id = ?,
                    contact_name = ?, email = ?, phone = ?, active = ? WHERE id = ?
                """).execute(arguments: [o.name, o.inFrivillighetsregisteret, o.category.rawValue, o.umbrellaID, o.kommunedelID,
                                 o.contactName, o.email, o.phone, o.active, id])
            if hasRegister { try saveRegister(id, register, deleted: deleted ? record[.deleted] : nil) }
            try Audit.record(db, staff: user, action: deleted && stored.active ? "deactivate" : "import", entity: "organisation",
                             entityID: id, details: "CSV line \(record.line); " + Audit.values(o.auditFields))
            return
        }
        if deleted { report.deletedNotAdded += 1; return }
        let o = Organisation(name: name.trimmingWhitespace(), orgNumber: number.isEmpty ? nil : number,
                             inFrivillighetsregisteret: OrganisationCSV.yes(record[.frivillighetsregisteret]),
                             category: category ?? .annet, umbrellaID: umbrella, kommunedelID: kommunedel,
                             contactName: record[.contact], email: record[.email], phone: phone)
        try db.cachedStatement(sql: """
            INSERT INTO organisation (name, org_number, in_frivillighetsregisteret, category, umbrella_id,
                kommunedel_id, contact_name, email, phone, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: o.databaseArguments)
        let id = db.lastInsertedRowID
        if hasRegister { try saveRegister(id, register, deleted: nil) }
        try Audit.record(db, staff: user, action: "import", entity: "organisation", entityID: id,
                         details: "CSV line \(record.line); " + Audit.values(o.auditFields))
        report.created += 1
    }

    func saveRegister(_ id: RowID, _ values: [String], deleted: String?) throws {
        var arguments: [(any DatabaseValueConvertible)?] = [id]
        for v in values { arguments.append(String(v.prefix(200))) }
        arguments.append(deleted.map { String($0.prefix(32)) })
        try db.cachedStatement(sql: """
            INSERT INTO organisation_register (organisation_id, org_form, address, postcode, post_town, municipality, deleted_on)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (organisation_id) DO UPDATE SET org_form = excluded.org_form, address = excluded.address,
                postcode = excluded.postcode, post_town = excluded.post_town, municipality = excluded.municipality,
                deleted_on = excluded.deleted_on, imported_at = strftime('%Y-%m-%d %H:%M', 'now')
            """).execute(arguments: StatementArguments(arguments))
    }

    mutating func finish() throws -> OrganisationImportReport {
        if csv == nil { problems.append(ImportRowError(line: 1, reason: .missingHeader("name"))) }
        if problems.isEmpty, rows == 0 { problems.append(ImportRowError(line: 1, reason: .empty)) }
        guard problems.isEmpty else { throw StoreError.importFailed(problems.sorted { $0.line < $1.line }) }
        return report
    }
}

/// What an import row may refer to, read once per import.
private struct ImportLookup {
    private var kommunedeler: [String: RowID] = [:]
    private var organisations: [String: RowID] = [:]
    private var existingKeys: [String: RowID] = [:]

    init(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, name FROM kommunedel") {
            let id: RowID = row["id"], name: String = row["name"]
            kommunedeler[TextFold.fold(name)] = id
            // "Fjell" finds "Fjell/Danvik": people write one half.
            for part in name.split(separator: "/") where kommunedeler[TextFold.fold(String(part))] == nil {
                kommunedeler[TextFold.fold(String(part))] = id
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, org_number FROM organisation") {
            let id: RowID = row["id"], name: String = row["name"], number: String? = row["org_number"]
            let folded = TextFold.fold(name.trimmingWhitespace())
            if organisations[folded] == nil { organisations[folded] = id }
            if number == nil, existingKeys["name:" + folded] == nil { existingKeys["name:" + folded] = id }
            if let number { organisations[number] = id; existingKeys["nr:" + number] = id }
        }
    }

    func kommunedel(_ text: String) -> RowID? { kommunedeler[TextFold.fold(text.trimmingWhitespace())] }

    /// An umbrella by name or org number.
    func organisation(_ text: String) -> RowID? {
        let key = TextFold.fold(text.trimmingWhitespace())
        return organisations[key] ?? organisations[key.filter { !$0.isWhitespace }]
    }

    /// The stored organisation a row is: by org number, or (without one) by name.
    func existing(_ key: String) -> RowID? { existingKeys[key] }
}

private extension Organisation {
    static func fetchOne(_ db: Database, id: RowID) throws -> Organisation {
        guard let r = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT id, name, org_number, in_frivillighetsregisteret, category, umbrella_id, kommunedel_id, contact_name, email, phone, active
            FROM organisation WHERE id = ?
            """), arguments: [id]) else { throw StoreError.notFound }
        return Organisation(id: r["id"], name: r["name"], orgNumber: r["org_number"], inFrivillighetsregisteret: r["in_frivillighetsregisteret"],
                            category: try StoredForms.enumValue(OrganisationCategory.self, r["category"]), umbrellaID: r["umbrella_id"],
                            kommunedelID: r["kommunedel_id"], contactName: r["contact_name"], email: r["email"], phone: r["phone"],
                            active: r["active"])
    }
}
