/// The kinds of role a politiattest can be asked for in volunteer work.
public enum PolitiattestKind: String, Sendable, CaseIterable, Codable {
    /// Tasks with children (barneomsorgsattest, politiregisterloven § 39 første ledd).
    case children
    /// Tasks with people with intellectual disabilities in the municipal health and care services
    /// (helse- og omsorgstjenesteloven § 5-4).
    case intellectualDisabilities = "intellectual_disabilities"

    /// The legal basis written on the confirmation of purpose.
    public var legalBasis: String {
        switch self {
        case .children: "politiregisterloven § 39 første ledd"
        case .intellectualDisabilities: "helse- og omsorgstjenesteloven § 5-4"
        }
    }

    /// Bokmål name of the role kind, as on the confirmation.
    public var roleText: String {
        switch self {
        case .children: "oppgaver knyttet til mindreårige"
        case .intellectualDisabilities: "tjenester til personer med utviklingshemming"
        }
    }
}

/// That a politiattest was *seen* — never its content.
public struct PolitiattestSeen: Sendable, Hashable, Codable {
    public var kind: PolitiattestKind
    public var seenOn: CivilDate
    /// The staff member who saw it.
    public var seenBy: String

    public init(kind: PolitiattestKind, seenOn: CivilDate, seenBy: String) {
        self.kind = kind; self.seenOn = seenOn; self.seenBy = seenBy
    }
}

public enum PolitiattestRule {
    /// Whether the seen attests cover a role of `kind`. A new attest is needed when the role kind changes
    /// (one seen for children does not cover work with people with intellectual disabilities), not on a
    /// timer — unless the service sets a renewal period in months, then the latest one must be newer.
    public static func covers(_ seen: [PolitiattestSeen], kind: PolitiattestKind, renewalMonths: Int?,
                              today: CivilDate) -> Bool {
        seen.contains { record in
            guard record.kind == kind, record.seenOn <= today else { return false }
            guard let months = renewalMonths, months > 0 else { return true }
            return record.seenOn.adding(months: months) > today
        }
    }

    /// The text of the confirmation of purpose (bekreftelse på formål) the volunteer attaches to the
    /// application for a politiattest at politiet.no. Bokmål: it goes to the Norwegian police.
    public static func confirmationOfPurpose(volunteerName: String, birthYear: Int, kind: PolitiattestKind,
                                             task: String, organisation: String, contact: String,
                                             date: CivilDate) -> String {
        """
        BEKREFTELSE PÅ FORMÅL – SØKNAD OM POLITIATTEST

        \(organisation) bekrefter at

            \(volunteerName) (født \(birthYear))

        er tilbudt et frivillig oppdrag som innebærer \(kind.roleText):

            \(task)

        Det kreves politiattest for oppdraget med hjemmel i \(kind.legalBasis).

        Politiattesten skal vises til frivillighetskontakten. Kommunen registrerer bare at attesten er sett,
        hvem som så den og datoen – ikke innholdet.

        Sted og dato: Drammen, \(date.norwegian)

        \(contact)
        \(organisation)
        """
    }
}
