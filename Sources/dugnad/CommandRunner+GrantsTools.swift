import DugnadApp
import DugnadCore
import DugnadStore

extension CommandRunner {
    /// The inbox tools' effects, each answered (failures too).
    func performGrantsTools(_ command: GrantsToolsCommand, send: (Msg) -> Void) {
        switch command {
        case .loadVocabulary:
            send(answer({ .grants(.tools(.vocabularyLoaded($0))) }) { try database.grantFilterVocabulary() })
        case .loadViews:
            send(answer({ .grants(.tools(.viewsLoaded($0))) }) { try database.grantViews() })
        case .saveView(let name, let expression):
            send(answer({ .grants(.tools(.viewSaved(name: name, $0))) }) { try database.saveGrantView(name: name, expression: expression) })
        case .deleteView(let name):
            send(answer({ .grants(.tools(.viewDeleted(name: name, $0))) }) { try database.deleteGrantView(name: name) })
        case .loadMatchingIDs(let expression, let today):
            send(answer({ .grants(.tools(.matchingIDs($0))) }) {
                switch AppDatabase.grantFilter(expression) {
                case .success(let filter): return try database.grantInboxIDs(filter, today: today)
                case .failure(let e): throw StoreError.badFilter(e)
                }
            })
        case .bulk(let ids, let action, let day):
            send(answer({ .grants(.tools(.bulkDone($0))) }) { try database.applyBulkAction(ids, action, on: day) })
        case .tag(let ids, let tag):
            send(answer({ .grants(.tools(.tagAdded(tag: tag, $0))) }) { try database.tagApplications(ids, tag: tag); return ids.count })
        case .undoBulk:
            send(answer({ .grants(.tools(.undone($0))) }) { try database.undoLastBulkActionDescribed() })
        case .loadOverview(let year):
            send(answer({ .grants(.tools(.overviewLoaded($0))) }) { try database.grantOverviewOfYear(year) })
        case .loadRadar(let year):
            send(answer({ .grants(.tools(.radarLoaded(year: year, $0))) }) { try database.doubleFundingRadar(year: year) })
        case .loadHistory(let id, let applicant, let today):
            send(answer({ .grants(.tools(.historyLoaded(applicant: applicant, $0))) }) {
                try database.applicantHistory(organisationID: id, today: today)
            })
        case .loadCompare(let a, let b):
            send(answer({ .grants(.tools(.compareLoaded($0))) }) {
                GrantComparison(left: try database.grantCase(id: a), right: try database.grantCase(id: b))
            })
        case .loadFunds:
            send(answer({ .grants(.tools(.fundsLoaded($0))) }) { try database.externalFunds() })
        case .loadIntakeOrganisations:
            send(answer({ .grants(.tools(.intakeOrganisations($0))) }) { try database.intakeOrganisations() })
        case .intake(let intake):
            send(answer({ .grants(.tools(.intaken($0))) }) { try database.intakeApplication(intake) })
        case .updateScheme(let id, let edit):
            send(answer({ .grants(.tools(.schemeUpdated($0))) }) { try database.updateGrantScheme(id: id, edit) })
        case .saveFund(let fund):
            send(answer({ .grants(.tools(.fundSaved(fund, $0))) }) { try database.saveExternalFund(fund) })
        }
    }
}
