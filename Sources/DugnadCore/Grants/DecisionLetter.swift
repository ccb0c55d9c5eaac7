/// The decision letter (vedtaksbrev) as a Norwegian municipality writes it:
/// the decision, the reasons and the rule it rests on (forvaltningsloven
/// §§ 24–25), the right to appeal, the time limit and where to send it
/// (§§ 28–29), and the right to see the case documents (§ 27, § 18).
public struct DecisionLetter: Sendable {
    public struct Facts: Sendable {
        public var reference: String
        public var applicant: String
        public var contact: String
        public var title: String
        public var scheme: GrantScheme
        public var applied: Money
        public var decision: GrantDecision
        public var decidedOn: CivilDate
        public var receivedOn: CivilDate
        public var officer: String
        public var reporting: String
        /// The year whose budget the grant is taken from (the application's year, which may be the next one).
        public var budgetYear: Int
        public init(reference: String, applicant: String, contact: String, title: String, scheme: GrantScheme,
                    applied: Money, decision: GrantDecision, decidedOn: CivilDate, receivedOn: CivilDate,
                    officer: String, reporting: String, budgetYear: Int) {
            self.reference = reference; self.applicant = applicant; self.contact = contact; self.title = title
            self.scheme = scheme; self.applied = applied; self.decision = decision; self.decidedOn = decidedOn
            self.receivedOn = receivedOn; self.officer = officer; self.reporting = reporting
            self.budgetYear = budgetYear
        }
    }

    public static let municipality = "Drammen kommune"
    public static let appealBody = Bilingual(nb: "kommunens klagenemnd", en: "the municipality's appeals board")

    public static func text(_ f: Facts, english: Bool = false) -> String {
        english ? englishText(f) : bokmal(f)
    }

    private static func rule(_ f: Facts) -> String {
        f.scheme.rule.isEmpty ? "Retningslinjer for \(f.scheme.name.lowercasedFirst())" : f.scheme.rule
    }

    static func bokmal(_ f: Facts) -> String {
        let deadline = GrantWorkflow.appealDeadline(decidedOn: f.decidedOn)
        let d = f.decision
        let outcome: String
        switch (d.outcome, f.scheme.kind) {
        case (.rejected, .forwarded):
            outcome = "Søknaden blir ikke prioritert i kommunens liste over søknader om spillemidler."
        case (_, .forwarded):
            outcome = "Søknaden blir prioritert og videresendt til fylkeskommunen, som avgjør søknaden om spillemidler og fastsetter beløpet."
        case (.rejected, _):
            outcome = "Søknaden om \(f.applied.formatted) er avslått."
        case (.partlyGranted, _):
            outcome = "Søknaden er delvis innvilget. Dere får \(d.committed.formatted) av omsøkte \(f.applied.formatted)."
        default:
            outcome = "Søknaden er innvilget. Dere får \(d.committed.formatted)."
        }
        var lines = [
            municipality, "Kultur, idrett og frivillighet", "",
            "Til: \(f.applicant)" + (f.contact.isEmpty ? "" : ", v/ \(f.contact)"),
            "Vår referanse: \(f.reference)        Dato: \(f.decidedOn.norwegian)", "",
            "VEDTAK – \(f.scheme.name.uppercased())",
            "Søknad: «\(f.title)», mottatt \(f.receivedOn.norwegian)", "",
            "Vedtak",
            outcome, "",
            "Begrunnelse",
            d.reasons.trimmingWhitespace(), "",
            "Vedtaket er gjort med hjemmel i \(rule(f)), jf. forvaltningsloven §§ 24 og 25. "
                + "Søknaden er vurdert etter ordningens kriterier og budsjettet for \(f.budgetYear).",
        ]
        if d.outcome != .rejected && f.scheme.kind != .forwarded {
            lines += ["", "Vilkår og rapportering",
                      "Tilskuddet skal brukes til formålet som er beskrevet i søknaden. Midler som ikke brukes "
                        + "etter formålet, kan kreves tilbakebetalt."]
            if !f.reporting.isEmpty { lines.append("Dere skal levere: \(f.reporting)") }
        }
        lines += ["", "Klagerett",
                  "Dere kan klage på vedtaket, jf. forvaltningsloven § 28. Klagefristen er tre uker fra dere mottok "
                    + "dette brevet (forvaltningsloven § 29); regnet fra vedtaksdatoen er siste frist "
                    + "\(deadline.norwegian). Klagen sendes til \(municipality), som vurderer saken på nytt. "
                    + "Blir vedtaket opprettholdt, sendes klagen til \(appealBody.nb) for endelig avgjørelse. "
                    + "Klagen skal være skriftlig, nevne vedtaket det klages over og den eller de endringene dere ønsker, "
                    + "og bør begrunnes (forvaltningsloven § 32). Oppgi vår referanse \(f.reference).",
                  "",
                  "Dere har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19, og kan be om at "
                    + "gjennomføringen av vedtaket utsettes til klagefristen er ute eller klagen er avgjort "
                    + "(forvaltningsloven § 42). Spørsmål om saken kan rettes til saksbehandler.",
                  "", "Med hilsen", f.officer, "saksbehandler, \(municipality)", "",
                  "Brevet er godkjent elektronisk og har derfor ingen håndskreven signatur."]
        return lines.joined(separator: "\n") + "\n"
    }

    static func englishText(_ f: Facts) -> String {
        let deadline = GrantWorkflow.appealDeadline(decidedOn: f.decidedOn)
        let d = f.decision
        let outcome: String
        switch (d.outcome, f.scheme.kind) {
        case (.rejected, .forwarded): outcome = "The application is not given priority in the municipality's list for spillemidler."
        case (_, .forwarded): outcome = "The application is given priority and forwarded to the county, which decides it and sets the amount."
        case (.rejected, _): outcome = "The application for \(f.applied.formatted) is rejected."
        case (.partlyGranted, _): outcome = "The application is partly granted: \(d.committed.formatted) of the \(f.applied.formatted) applied for."
        default: outcome = "The application is granted: \(d.committed.formatted)."
        }
        var lines = [
            municipality, "Culture, sport and voluntary sector", "",
            "To: \(f.applicant)" + (f.contact.isEmpty ? "" : ", attn. \(f.contact)"),
            "Our reference: \(f.reference)        Date: \(f.decidedOn.norwegian)", "",
            "DECISION – \(f.scheme.name.uppercased())",
            "Application: “\(f.title)”, received \(f.receivedOn.norwegian)", "",
            "Decision", outcome, "",
            "Reasons", d.reasons.trimmingWhitespace(), "",
            "The decision rests on \(rule(f)), cf. the Public Administration Act §§ 24 and 25. The application has been "
                + "assessed against the scheme's criteria and its budget for \(f.budgetYear).",
        ]
        if d.outcome != .rejected && f.scheme.kind != .forwarded {
            lines += ["", "Conditions and reporting",
                      "The grant must be used for the purpose described in the application; money not so used may be reclaimed."]
            if !f.reporting.isEmpty { lines.append("You must deliver: \(f.reporting)") }
        }
        lines += ["", "Right of appeal",
                  "You may appeal against this decision (Public Administration Act § 28). The time limit is three weeks "
                    + "from when you received this letter (§ 29); counted from the date of the decision, the last day is "
                    + "\(deadline.norwegian). Send the appeal to \(municipality), which will reconsider the case; if the "
                    + "decision stands, the appeal goes to \(appealBody.en) for a final decision. The appeal must be in "
                    + "writing, name the decision and the change you want, and should give reasons (§ 32). "
                    + "Quote our reference \(f.reference).",
                  "",
                  "You have the right to see the case documents (§§ 18 and 19) and may ask that the decision is not "
                    + "carried out until the appeal is settled (§ 42).",
                  "", "Yours sincerely", f.officer, "case officer, \(municipality)"]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func lowercasedFirst() -> String { prefix(1).lowercased() + dropFirst() }
}
