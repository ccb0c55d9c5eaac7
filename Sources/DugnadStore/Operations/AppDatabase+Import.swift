import DugnadCore
import GRDB

extension AppDatabase {
    /// Imports organisations from CSV text: all rows or none. Any rejected
    /// row throws `importFailed` listing every rejected row, with nothing
    /// written. Returns the number imported; each one is audited.
    public func importOrganisations(csvText: String) throws(StoreError) -> Int {
        let file = OrganisationCSV(text: csvText)
        let user = self.user
        return try change(.editDirectory) { db, _ in
            var problems = file.problems
            var organisations: [(line: Int, organisation: Organisation)] = []
            let lookup = try ImportLookup(db)
            var firstLineByKey: [String: Int] = [:]
            for record in file.records {
                var rowProblems: [ImportRowReason] = []
                let name = record[.name]
                let number = record[.orgNumber].filter { !$0.isWhitespace }
                for (_, problem) in OrganisationValidation.problems(name: name, orgNumber: number,
                                                                    email: record[.email]) {
                    switch problem {
                    case .nameMissing: rowProblems.append(.missingName)
                    case .nameTooLong: rowProblems.append(.nameTooLong)
                    case .orgNumber(let p): rowProblems.append(.badOrgNumber(p))
                    case .emailInvalid: rowProblems.append(.invalidEmail)
                    case .duplicateOrgNumber: rowProblems.append(.alreadyExists)
                    }
                }
                let category = OrganisationCSV.category(record[.category])
                if category == nil { rowProblems.append(.unknownCategory(record[.category])) }
                let kommunedel = lookup.kommunedel(record[.kommunedel])
                if kommunedel == nil, !record[.kommunedel].isEmpty {
                    rowProblems.append(.unknownKommunedel(record[.kommunedel]))
                }
                let umbrella = lookup.organisation(record[.umbrella])
                if umbrella == nil, !record[.umbrella].isEmpty {
                    rowProblems.append(.unknownUmbrella(record[.umbrella]))
                }
                // The same organisation twice: by org number when given, else by name.
                let key = number.isEmpty ? "name:" + TextFold.fold(name.trimmingWhitespace()) : "nr:" + number
                if !name.trimmingWhitespace().isEmpty {
                    if let first = firstLineByKey[key] {
                        rowProblems.append(.duplicateInFile(firstLine: first))
                    } else {
                        firstLineByKey[key] = record.line
                        if lookup.exists(key) { rowProblems.append(.alreadyExists) }
                    }
                }
                if !rowProblems.isEmpty {
                    problems += rowProblems.map { ImportRowError(line: record.line, reason: $0) }
                    continue
                }
                organisations.append((record.line, Organisation(
                    name: name.trimmingWhitespace(), orgNumber: number.isEmpty ? nil : number,
                    inFrivillighetsregisteret: OrganisationCSV.yes(record[.frivillighetsregisteret]),
                    category: category ?? .annet, umbrellaID: umbrella, kommunedelID: kommunedel,
                    contactName: record[.contact], email: record[.email], phone: record[.phone])))
            }
            if problems.isEmpty, organisations.isEmpty { problems.append(ImportRowError(line: 1, reason: .empty)) }
            guard problems.isEmpty else {
                throw StoreError.importFailed(problems.sorted { $0.line < $1.line })
            }
            for (line, organisation) in organisations {
                try db.execute(sql: """
                    INSERT INTO organisation (name, org_number, in_frivillighetsregisteret, category, umbrella_id,
                        kommunedel_id, contact_name, email, phone, active)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: organisation.databaseArguments)
                try Audit.record(db, staff: user, action: "import", entity: "organisation",
                                 entityID: db.lastInsertedRowID,
                                 details: "CSV line \(line); " + Audit.values(organisation.auditFields))
            }
            return organisations.count
        }
    }
}

/// What an import row may refer to, read once per import.
private struct ImportLookup {
    private var kommunedeler: [String: RowID] = [:]
    private var organisations: [String: RowID] = [:]
    private var existingKeys: Set<String> = []

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
            existingKeys.insert("name:" + folded)
            if let number { organisations[number] = id; existingKeys.insert("nr:" + number) }
        }
    }

    func kommunedel(_ text: String) -> RowID? { kommunedeler[TextFold.fold(text.trimmingWhitespace())] }

    /// An umbrella by name or org number.
    func organisation(_ text: String) -> RowID? {
        let key = TextFold.fold(text.trimmingWhitespace())
        return organisations[key] ?? organisations[key.filter { !$0.isWhitespace }]
    }

    /// Already registered: by org number, or (without one) by name.
    func exists(_ key: String) -> Bool { existingKeys.contains(key) }
}
