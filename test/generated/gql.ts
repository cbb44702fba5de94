/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation AuthCreateSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n      entity {\n        id\n      }\n    }\n  }\n": typeof types.AuthCreateSourceDocument,
    "\n  mutation AuthCreateToken($name: String!, $role: Role!) {\n    createToken(name: $name, role: $role) {\n      token\n      info {\n        id\n        name\n        role\n        createdBy\n      }\n    }\n  }\n": typeof types.AuthCreateTokenDocument,
    "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) {\n      id\n      revokedAt\n      revokedBy\n    }\n  }\n": typeof types.AuthRevokeTokenDocument,
    "\n  query AuthTokens {\n    tokens {\n      id\n      name\n      role\n    }\n  }\n": typeof types.AuthTokensDocument,
    "\n      query AuthRead {\n        crcArticle(number: 3) {\n          id\n        }\n      }\n    ": typeof types.AuthReadDocument,
    "\n  mutation BackupCurate($input: EntityInput!, $link: LinkInput!) {\n    createEntity(input: $input) {\n      version\n    }\n    link(input: $link) {\n      id\n    }\n  }\n": typeof types.BackupCurateDocument,
    "\n  mutation BackupUpdate($id: ID!) {\n    updateEntity(id: $id, expectedVersion: 1, set: { note: \"amended\", validTo: \"2030-01-01\" }) {\n      version\n    }\n    unlink(id: \"kz:law:education|IMPLEMENTS|crc:art:28\") {\n      id\n    }\n  }\n": typeof types.BackupUpdateDocument,
    "\n      query BackupHistory($id: ID!) {\n        history(id: $id) {\n          operation\n          version\n        }\n      }\n    ": typeof types.BackupHistoryDocument,
    "\n        mutation BackupRetire($id: ID!) {\n          retireEntity(id: $id, expectedVersion: 2, validTo: \"2031-01-01\") {\n            version\n          }\n        }\n      ": typeof types.BackupRetireDocument,
    "\n  query Article($n: Int!) {\n    crcArticle(number: $n) {\n      id\n    }\n  }\n": typeof types.ArticleDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.NodeDocument,
    "\n        query Unknown {\n          node(id: \"kz:law:no-such-law\") {\n            id\n          }\n          instrument(id: \"crc:art:999\") {\n            id\n          }\n        }\n      ": typeof types.UnknownDocument,
    "\n        query AllArticles {\n          crcArticles {\n            id\n          }\n        }\n      ": typeof types.AllArticlesDocument,
    "\n  query ClaimsOf($id: ID!) {\n    node(id: $id) {\n      __typename\n      claims {\n        property\n        value\n        status\n        official\n        basis\n        sources {\n          id\n        }\n      }\n      ... on Instrument {\n        adopted\n        verified\n        implements {\n          status\n          basis\n          article {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClaimsOfDocument,
    "\n  query DatasetLaw($id: ID!) {\n    instrument(id: $id) {\n      adopted\n      note\n      version\n      curated\n      implements {\n        article {\n          id\n        }\n        basis\n      }\n    }\n  }\n": typeof types.DatasetLawDocument,
    "\n  mutation DatasetCorrect($id: ID!, $version: Int!) {\n    updateEntity(id: $id, expectedVersion: $version, set: { note: \"Corrected by an editor.\" }) {\n      version\n    }\n  }\n": typeof types.DatasetCorrectDocument,
    "\n  mutation DatasetUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n    }\n  }\n": typeof types.DatasetUnlinkDocument,
    "\n      mutation DatasetCreate($input: EntityInput!) {\n        createEntity(input: $input) {\n          version\n        }\n      }\n    ": typeof types.DatasetCreateDocument,
    "\n      mutation DatasetLink($input: LinkInput!) {\n        link(input: $input) {\n          id\n        }\n      }\n    ": typeof types.DatasetLinkDocument,
    "\n  mutation CurateCreate($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      version\n      entity {\n        id\n        kind\n        name\n        nameLangs\n        version\n        curated\n        sources {\n          id\n        }\n        ... on Instrument {\n          adopted\n          number\n        }\n      }\n      audit {\n        operation\n        actor\n        role\n        subject\n        version\n        before\n        after\n        changedFields\n        reason\n      }\n    }\n  }\n": typeof types.CurateCreateDocument,
    "\n  mutation CurateUpdate($id: ID!, $expected: Int!, $set: EntityPatch!) {\n    updateEntity(id: $id, expectedVersion: $expected, set: $set) {\n      version\n      entity {\n        id\n        name\n        note\n        version\n        ... on Instrument {\n          adopted\n        }\n      }\n      audit {\n        operation\n        version\n        before\n        after\n        changedFields\n      }\n    }\n  }\n": typeof types.CurateUpdateDocument,
    "\n  mutation CurateRetire($id: ID!, $expected: Int!, $validTo: Date!) {\n    retireEntity(id: $id, expectedVersion: $expected, validTo: $validTo, reason: \"repealed\") {\n      version\n      entity {\n        id\n        validTo\n      }\n      audit {\n        operation\n        changedFields\n      }\n    }\n  }\n": typeof types.CurateRetireDocument,
    "\n  query CurateHistory($id: ID!) {\n    history(id: $id) {\n      operation\n      subject\n      version\n      actor\n      at\n    }\n  }\n": typeof types.CurateHistoryDocument,
    "\n  query CurateEntity($id: ID!) {\n    node(id: $id) {\n      id\n      version\n      note\n    }\n  }\n": typeof types.CurateEntityDocument,
    "\n      query CurateHistoryPage($id: ID!, $first: Int) {\n        history(id: $id, first: $first) {\n          id\n        }\n      }\n    ": typeof types.CurateHistoryPageDocument,
    "\n      mutation LinksSetUp($input: ImportInput!) {\n        importGraph(input: $input) {\n          entities\n        }\n      }\n    ": typeof types.LinksSetUpDocument,
    "\n  mutation LinksLink($input: LinkInput!) {\n    link(input: $input, reason: \"mapping\") {\n      id\n      type\n      from\n      to\n      audit {\n        operation\n        subject\n        from\n        to\n        after\n      }\n    }\n  }\n": typeof types.LinksLinkDocument,
    "\n  mutation LinksUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n      audit {\n        operation\n        before\n        after\n      }\n    }\n  }\n": typeof types.LinksUnlinkDocument,
    "\n  query LinksOf($id: ID!) {\n    node(id: $id) {\n      links(direction: OUT, types: [IMPLEMENTS, RESPONSIBLE_FOR]) {\n        id\n        basis\n        status\n        note\n        to {\n          id\n        }\n        sources {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LinksOfDocument,
    "\n  mutation LinksImport($input: ImportInput!) {\n    importGraph(input: $input, reason: \"bulk\") {\n      batch\n      entities\n      links\n    }\n  }\n": typeof types.LinksImportDocument,
    "\n      query LinksHistory($id: ID!) {\n        history(id: $id, first: 5) {\n          operation\n          subject\n        }\n      }\n    ": typeof types.LinksHistoryDocument,
    "\n  mutation InjectLaw($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      entity {\n        id\n        en: name\n        kk: name(lang: KK)\n        ru: name(lang: RU)\n        summary\n        aliases\n        note\n        ... on Instrument {\n          number\n          registerCode\n          jurisdiction\n          url\n        }\n      }\n      audit {\n        after\n        reason\n      }\n    }\n  }\n": typeof types.InjectLawDocument,
    "\n  mutation InjectSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      entity {\n        ... on Source {\n          authors\n          venue\n          publisher\n          doi\n          sourceType\n          citation\n        }\n      }\n    }\n  }\n": typeof types.InjectSourceDocument,
    "\n  mutation InjectLink($input: LinkInput!, $reason: String) {\n    link(input: $input, reason: $reason) {\n      id\n      audit {\n        after\n        reason\n      }\n    }\n  }\n": typeof types.InjectLinkDocument,
    "\n      query InjectNotes($id: ID!) {\n        node(id: $id) {\n          links(types: [IMPLEMENTS]) {\n            note\n          }\n        }\n      }\n    ": typeof types.InjectNotesDocument,
    "\n      mutation InjectToken($name: String!) {\n        createToken(name: $name, role: EDITOR) {\n          info {\n            name\n          }\n        }\n      }\n    ": typeof types.InjectTokenDocument,
    "\n      mutation InjectIds($id: ID!) {\n        unlink(id: $id) {\n          id\n        }\n      }\n    ": typeof types.InjectIdsDocument,
    "\n      mutation InjectUpdate($id: ID!) {\n        updateEntity(id: $id, expectedVersion: 0, set: { note: \"x\" }) {\n          version\n        }\n      }\n    ": typeof types.InjectUpdateDocument,
    "\n      query InjectHistory($id: ID!) {\n        history(id: $id) {\n          id\n        }\n      }\n    ": typeof types.InjectHistoryDocument,
    "\n      query TypeIntrospection {\n        __type(name: \"Instrument\") {\n          name\n          fields {\n            name\n            type {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                    ofType {\n                      kind\n                      name\n                      ofType {\n                        kind\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": typeof types.TypeIntrospectionDocument,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      score\n      entity {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query StressVersion($id: ID!) {\n    node(id: $id) {\n      version\n    }\n  }\n": typeof types.StressVersionDocument,
    "\n  mutation StressUpdate($id: ID!, $v: Int!, $note: String!) {\n    updateEntity(id: $id, expectedVersion: $v, set: { note: $note }) {\n      version\n      audit {\n        id\n      }\n    }\n  }\n": typeof types.StressUpdateDocument,
    "\n  mutation StressLink($input: LinkInput!) {\n    link(input: $input) {\n      audit {\n        id\n      }\n    }\n  }\n": typeof types.StressLinkDocument,
    "\n  mutation StressUnlink($id: ID!) {\n    unlink(id: $id) {\n      audit {\n        id\n      }\n    }\n  }\n": typeof types.StressUnlinkDocument,
    "\n        mutation StressSetUp($input: ImportInput!) {\n          importGraph(input: $input) {\n            batch\n          }\n        }\n      ": typeof types.StressSetUpDocument,
    "\n  query ArticleImplementers($number: Int!) {\n    crcArticle(number: $number) {\n      id\n      name\n      implementedBy {\n        by {\n          id\n          kind\n          name\n        }\n        article {\n          id\n          number\n        }\n        basis\n        status\n        sources {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ArticleImplementersDocument,
    "\n  query DeepTrace {\n    crcArticle(number: 19) {\n      implementedBy {\n        by {\n          id\n          ... on Instrument {\n            implements {\n              article {\n                id\n                implementedBy {\n                  by {\n                    id\n                  }\n                  sources {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n        sources {\n          id\n          sources {\n            id\n          }\n        }\n      }\n      sources {\n        id\n      }\n      claims {\n        id\n        sources {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DeepTraceDocument,
    "\n  query LawArticles($id: ID!) {\n    instrument(id: $id) {\n      id\n      instrumentKind\n      number\n      adopted\n      provisions {\n        id\n      }\n      implements {\n        by {\n          id\n          kind\n        }\n        article {\n          id\n          number\n        }\n        basis\n        sources {\n          id\n        }\n      }\n    }\n  }\n": typeof types.LawArticlesDocument,
    "\n        query Protocols {\n          instruments(kind: OPTIONAL_PROTOCOL) {\n            id\n            instrumentKind\n          }\n        }\n      ": typeof types.ProtocolsDocument,
    "\n        query ArticleNames {\n          crcArticles {\n            number\n            en: name\n            ru: name(lang: RU)\n            kk: name(lang: KK)\n          }\n        }\n      ": typeof types.ArticleNamesDocument,
    "\n  query Article12 {\n    crcArticle(number: 12) {\n      id\n    }\n  }\n": typeof types.Article12Document,
    "\n  mutation UnavailableCreate($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n    }\n  }\n": typeof types.UnavailableCreateDocument,
    "\n  mutation UnavailableImport($input: ImportInput!) {\n    importGraph(input: $input) {\n      entities\n    }\n  }\n": typeof types.UnavailableImportDocument,
};
const documents: Documents = {
    "\n  mutation AuthCreateSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n      entity {\n        id\n      }\n    }\n  }\n": types.AuthCreateSourceDocument,
    "\n  mutation AuthCreateToken($name: String!, $role: Role!) {\n    createToken(name: $name, role: $role) {\n      token\n      info {\n        id\n        name\n        role\n        createdBy\n      }\n    }\n  }\n": types.AuthCreateTokenDocument,
    "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) {\n      id\n      revokedAt\n      revokedBy\n    }\n  }\n": types.AuthRevokeTokenDocument,
    "\n  query AuthTokens {\n    tokens {\n      id\n      name\n      role\n    }\n  }\n": types.AuthTokensDocument,
    "\n      query AuthRead {\n        crcArticle(number: 3) {\n          id\n        }\n      }\n    ": types.AuthReadDocument,
    "\n  mutation BackupCurate($input: EntityInput!, $link: LinkInput!) {\n    createEntity(input: $input) {\n      version\n    }\n    link(input: $link) {\n      id\n    }\n  }\n": types.BackupCurateDocument,
    "\n  mutation BackupUpdate($id: ID!) {\n    updateEntity(id: $id, expectedVersion: 1, set: { note: \"amended\", validTo: \"2030-01-01\" }) {\n      version\n    }\n    unlink(id: \"kz:law:education|IMPLEMENTS|crc:art:28\") {\n      id\n    }\n  }\n": types.BackupUpdateDocument,
    "\n      query BackupHistory($id: ID!) {\n        history(id: $id) {\n          operation\n          version\n        }\n      }\n    ": types.BackupHistoryDocument,
    "\n        mutation BackupRetire($id: ID!) {\n          retireEntity(id: $id, expectedVersion: 2, validTo: \"2031-01-01\") {\n            version\n          }\n        }\n      ": types.BackupRetireDocument,
    "\n  query Article($n: Int!) {\n    crcArticle(number: $n) {\n      id\n    }\n  }\n": types.ArticleDocument,
    "\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.NodeDocument,
    "\n        query Unknown {\n          node(id: \"kz:law:no-such-law\") {\n            id\n          }\n          instrument(id: \"crc:art:999\") {\n            id\n          }\n        }\n      ": types.UnknownDocument,
    "\n        query AllArticles {\n          crcArticles {\n            id\n          }\n        }\n      ": types.AllArticlesDocument,
    "\n  query ClaimsOf($id: ID!) {\n    node(id: $id) {\n      __typename\n      claims {\n        property\n        value\n        status\n        official\n        basis\n        sources {\n          id\n        }\n      }\n      ... on Instrument {\n        adopted\n        verified\n        implements {\n          status\n          basis\n          article {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ClaimsOfDocument,
    "\n  query DatasetLaw($id: ID!) {\n    instrument(id: $id) {\n      adopted\n      note\n      version\n      curated\n      implements {\n        article {\n          id\n        }\n        basis\n      }\n    }\n  }\n": types.DatasetLawDocument,
    "\n  mutation DatasetCorrect($id: ID!, $version: Int!) {\n    updateEntity(id: $id, expectedVersion: $version, set: { note: \"Corrected by an editor.\" }) {\n      version\n    }\n  }\n": types.DatasetCorrectDocument,
    "\n  mutation DatasetUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n    }\n  }\n": types.DatasetUnlinkDocument,
    "\n      mutation DatasetCreate($input: EntityInput!) {\n        createEntity(input: $input) {\n          version\n        }\n      }\n    ": types.DatasetCreateDocument,
    "\n      mutation DatasetLink($input: LinkInput!) {\n        link(input: $input) {\n          id\n        }\n      }\n    ": types.DatasetLinkDocument,
    "\n  mutation CurateCreate($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      version\n      entity {\n        id\n        kind\n        name\n        nameLangs\n        version\n        curated\n        sources {\n          id\n        }\n        ... on Instrument {\n          adopted\n          number\n        }\n      }\n      audit {\n        operation\n        actor\n        role\n        subject\n        version\n        before\n        after\n        changedFields\n        reason\n      }\n    }\n  }\n": types.CurateCreateDocument,
    "\n  mutation CurateUpdate($id: ID!, $expected: Int!, $set: EntityPatch!) {\n    updateEntity(id: $id, expectedVersion: $expected, set: $set) {\n      version\n      entity {\n        id\n        name\n        note\n        version\n        ... on Instrument {\n          adopted\n        }\n      }\n      audit {\n        operation\n        version\n        before\n        after\n        changedFields\n      }\n    }\n  }\n": types.CurateUpdateDocument,
    "\n  mutation CurateRetire($id: ID!, $expected: Int!, $validTo: Date!) {\n    retireEntity(id: $id, expectedVersion: $expected, validTo: $validTo, reason: \"repealed\") {\n      version\n      entity {\n        id\n        validTo\n      }\n      audit {\n        operation\n        changedFields\n      }\n    }\n  }\n": types.CurateRetireDocument,
    "\n  query CurateHistory($id: ID!) {\n    history(id: $id) {\n      operation\n      subject\n      version\n      actor\n      at\n    }\n  }\n": types.CurateHistoryDocument,
    "\n  query CurateEntity($id: ID!) {\n    node(id: $id) {\n      id\n      version\n      note\n    }\n  }\n": types.CurateEntityDocument,
    "\n      query CurateHistoryPage($id: ID!, $first: Int) {\n        history(id: $id, first: $first) {\n          id\n        }\n      }\n    ": types.CurateHistoryPageDocument,
    "\n      mutation LinksSetUp($input: ImportInput!) {\n        importGraph(input: $input) {\n          entities\n        }\n      }\n    ": types.LinksSetUpDocument,
    "\n  mutation LinksLink($input: LinkInput!) {\n    link(input: $input, reason: \"mapping\") {\n      id\n      type\n      from\n      to\n      audit {\n        operation\n        subject\n        from\n        to\n        after\n      }\n    }\n  }\n": types.LinksLinkDocument,
    "\n  mutation LinksUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n      audit {\n        operation\n        before\n        after\n      }\n    }\n  }\n": types.LinksUnlinkDocument,
    "\n  query LinksOf($id: ID!) {\n    node(id: $id) {\n      links(direction: OUT, types: [IMPLEMENTS, RESPONSIBLE_FOR]) {\n        id\n        basis\n        status\n        note\n        to {\n          id\n        }\n        sources {\n          id\n        }\n      }\n    }\n  }\n": types.LinksOfDocument,
    "\n  mutation LinksImport($input: ImportInput!) {\n    importGraph(input: $input, reason: \"bulk\") {\n      batch\n      entities\n      links\n    }\n  }\n": types.LinksImportDocument,
    "\n      query LinksHistory($id: ID!) {\n        history(id: $id, first: 5) {\n          operation\n          subject\n        }\n      }\n    ": types.LinksHistoryDocument,
    "\n  mutation InjectLaw($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      entity {\n        id\n        en: name\n        kk: name(lang: KK)\n        ru: name(lang: RU)\n        summary\n        aliases\n        note\n        ... on Instrument {\n          number\n          registerCode\n          jurisdiction\n          url\n        }\n      }\n      audit {\n        after\n        reason\n      }\n    }\n  }\n": types.InjectLawDocument,
    "\n  mutation InjectSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      entity {\n        ... on Source {\n          authors\n          venue\n          publisher\n          doi\n          sourceType\n          citation\n        }\n      }\n    }\n  }\n": types.InjectSourceDocument,
    "\n  mutation InjectLink($input: LinkInput!, $reason: String) {\n    link(input: $input, reason: $reason) {\n      id\n      audit {\n        after\n        reason\n      }\n    }\n  }\n": types.InjectLinkDocument,
    "\n      query InjectNotes($id: ID!) {\n        node(id: $id) {\n          links(types: [IMPLEMENTS]) {\n            note\n          }\n        }\n      }\n    ": types.InjectNotesDocument,
    "\n      mutation InjectToken($name: String!) {\n        createToken(name: $name, role: EDITOR) {\n          info {\n            name\n          }\n        }\n      }\n    ": types.InjectTokenDocument,
    "\n      mutation InjectIds($id: ID!) {\n        unlink(id: $id) {\n          id\n        }\n      }\n    ": types.InjectIdsDocument,
    "\n      mutation InjectUpdate($id: ID!) {\n        updateEntity(id: $id, expectedVersion: 0, set: { note: \"x\" }) {\n          version\n        }\n      }\n    ": types.InjectUpdateDocument,
    "\n      query InjectHistory($id: ID!) {\n        history(id: $id) {\n          id\n        }\n      }\n    ": types.InjectHistoryDocument,
    "\n      query TypeIntrospection {\n        __type(name: \"Instrument\") {\n          name\n          fields {\n            name\n            type {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                    ofType {\n                      kind\n                      name\n                      ofType {\n                        kind\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    ": types.TypeIntrospectionDocument,
    "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      score\n      entity {\n        id\n        kind\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query StressVersion($id: ID!) {\n    node(id: $id) {\n      version\n    }\n  }\n": types.StressVersionDocument,
    "\n  mutation StressUpdate($id: ID!, $v: Int!, $note: String!) {\n    updateEntity(id: $id, expectedVersion: $v, set: { note: $note }) {\n      version\n      audit {\n        id\n      }\n    }\n  }\n": types.StressUpdateDocument,
    "\n  mutation StressLink($input: LinkInput!) {\n    link(input: $input) {\n      audit {\n        id\n      }\n    }\n  }\n": types.StressLinkDocument,
    "\n  mutation StressUnlink($id: ID!) {\n    unlink(id: $id) {\n      audit {\n        id\n      }\n    }\n  }\n": types.StressUnlinkDocument,
    "\n        mutation StressSetUp($input: ImportInput!) {\n          importGraph(input: $input) {\n            batch\n          }\n        }\n      ": types.StressSetUpDocument,
    "\n  query ArticleImplementers($number: Int!) {\n    crcArticle(number: $number) {\n      id\n      name\n      implementedBy {\n        by {\n          id\n          kind\n          name\n        }\n        article {\n          id\n          number\n        }\n        basis\n        status\n        sources {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ArticleImplementersDocument,
    "\n  query DeepTrace {\n    crcArticle(number: 19) {\n      implementedBy {\n        by {\n          id\n          ... on Instrument {\n            implements {\n              article {\n                id\n                implementedBy {\n                  by {\n                    id\n                  }\n                  sources {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n        sources {\n          id\n          sources {\n            id\n          }\n        }\n      }\n      sources {\n        id\n      }\n      claims {\n        id\n        sources {\n          id\n        }\n      }\n    }\n  }\n": types.DeepTraceDocument,
    "\n  query LawArticles($id: ID!) {\n    instrument(id: $id) {\n      id\n      instrumentKind\n      number\n      adopted\n      provisions {\n        id\n      }\n      implements {\n        by {\n          id\n          kind\n        }\n        article {\n          id\n          number\n        }\n        basis\n        sources {\n          id\n        }\n      }\n    }\n  }\n": types.LawArticlesDocument,
    "\n        query Protocols {\n          instruments(kind: OPTIONAL_PROTOCOL) {\n            id\n            instrumentKind\n          }\n        }\n      ": types.ProtocolsDocument,
    "\n        query ArticleNames {\n          crcArticles {\n            number\n            en: name\n            ru: name(lang: RU)\n            kk: name(lang: KK)\n          }\n        }\n      ": types.ArticleNamesDocument,
    "\n  query Article12 {\n    crcArticle(number: 12) {\n      id\n    }\n  }\n": types.Article12Document,
    "\n  mutation UnavailableCreate($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n    }\n  }\n": types.UnavailableCreateDocument,
    "\n  mutation UnavailableImport($input: ImportInput!) {\n    importGraph(input: $input) {\n      entities\n    }\n  }\n": types.UnavailableImportDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n      entity {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n      entity {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateToken($name: String!, $role: Role!) {\n    createToken(name: $name, role: $role) {\n      token\n      info {\n        id\n        name\n        role\n        createdBy\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateToken($name: String!, $role: Role!) {\n    createToken(name: $name, role: $role) {\n      token\n      info {\n        id\n        name\n        role\n        createdBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) {\n      id\n      revokedAt\n      revokedBy\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeToken($id: ID!) {\n    revokeToken(id: $id) {\n      id\n      revokedAt\n      revokedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthTokens {\n    tokens {\n      id\n      name\n      role\n    }\n  }\n"): (typeof documents)["\n  query AuthTokens {\n    tokens {\n      id\n      name\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query AuthRead {\n        crcArticle(number: 3) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query AuthRead {\n        crcArticle(number: 3) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupCurate($input: EntityInput!, $link: LinkInput!) {\n    createEntity(input: $input) {\n      version\n    }\n    link(input: $link) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BackupCurate($input: EntityInput!, $link: LinkInput!) {\n    createEntity(input: $input) {\n      version\n    }\n    link(input: $link) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BackupUpdate($id: ID!) {\n    updateEntity(id: $id, expectedVersion: 1, set: { note: \"amended\", validTo: \"2030-01-01\" }) {\n      version\n    }\n    unlink(id: \"kz:law:education|IMPLEMENTS|crc:art:28\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation BackupUpdate($id: ID!) {\n    updateEntity(id: $id, expectedVersion: 1, set: { note: \"amended\", validTo: \"2030-01-01\" }) {\n      version\n    }\n    unlink(id: \"kz:law:education|IMPLEMENTS|crc:art:28\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query BackupHistory($id: ID!) {\n        history(id: $id) {\n          operation\n          version\n        }\n      }\n    "): (typeof documents)["\n      query BackupHistory($id: ID!) {\n        history(id: $id) {\n          operation\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation BackupRetire($id: ID!) {\n          retireEntity(id: $id, expectedVersion: 2, validTo: \"2031-01-01\") {\n            version\n          }\n        }\n      "): (typeof documents)["\n        mutation BackupRetire($id: ID!) {\n          retireEntity(id: $id, expectedVersion: 2, validTo: \"2031-01-01\") {\n            version\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article($n: Int!) {\n    crcArticle(number: $n) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Article($n: Int!) {\n    crcArticle(number: $n) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Node($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Unknown {\n          node(id: \"kz:law:no-such-law\") {\n            id\n          }\n          instrument(id: \"crc:art:999\") {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query Unknown {\n          node(id: \"kz:law:no-such-law\") {\n            id\n          }\n          instrument(id: \"crc:art:999\") {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query AllArticles {\n          crcArticles {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query AllArticles {\n          crcArticles {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimsOf($id: ID!) {\n    node(id: $id) {\n      __typename\n      claims {\n        property\n        value\n        status\n        official\n        basis\n        sources {\n          id\n        }\n      }\n      ... on Instrument {\n        adopted\n        verified\n        implements {\n          status\n          basis\n          article {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimsOf($id: ID!) {\n    node(id: $id) {\n      __typename\n      claims {\n        property\n        value\n        status\n        official\n        basis\n        sources {\n          id\n        }\n      }\n      ... on Instrument {\n        adopted\n        verified\n        implements {\n          status\n          basis\n          article {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetLaw($id: ID!) {\n    instrument(id: $id) {\n      adopted\n      note\n      version\n      curated\n      implements {\n        article {\n          id\n        }\n        basis\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetLaw($id: ID!) {\n    instrument(id: $id) {\n      adopted\n      note\n      version\n      curated\n      implements {\n        article {\n          id\n        }\n        basis\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DatasetCorrect($id: ID!, $version: Int!) {\n    updateEntity(id: $id, expectedVersion: $version, set: { note: \"Corrected by an editor.\" }) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DatasetCorrect($id: ID!, $version: Int!) {\n    updateEntity(id: $id, expectedVersion: $version, set: { note: \"Corrected by an editor.\" }) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DatasetUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DatasetUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DatasetCreate($input: EntityInput!) {\n        createEntity(input: $input) {\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation DatasetCreate($input: EntityInput!) {\n        createEntity(input: $input) {\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation DatasetLink($input: LinkInput!) {\n        link(input: $input) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation DatasetLink($input: LinkInput!) {\n        link(input: $input) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateCreate($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      version\n      entity {\n        id\n        kind\n        name\n        nameLangs\n        version\n        curated\n        sources {\n          id\n        }\n        ... on Instrument {\n          adopted\n          number\n        }\n      }\n      audit {\n        operation\n        actor\n        role\n        subject\n        version\n        before\n        after\n        changedFields\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateCreate($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      version\n      entity {\n        id\n        kind\n        name\n        nameLangs\n        version\n        curated\n        sources {\n          id\n        }\n        ... on Instrument {\n          adopted\n          number\n        }\n      }\n      audit {\n        operation\n        actor\n        role\n        subject\n        version\n        before\n        after\n        changedFields\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateUpdate($id: ID!, $expected: Int!, $set: EntityPatch!) {\n    updateEntity(id: $id, expectedVersion: $expected, set: $set) {\n      version\n      entity {\n        id\n        name\n        note\n        version\n        ... on Instrument {\n          adopted\n        }\n      }\n      audit {\n        operation\n        version\n        before\n        after\n        changedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateUpdate($id: ID!, $expected: Int!, $set: EntityPatch!) {\n    updateEntity(id: $id, expectedVersion: $expected, set: $set) {\n      version\n      entity {\n        id\n        name\n        note\n        version\n        ... on Instrument {\n          adopted\n        }\n      }\n      audit {\n        operation\n        version\n        before\n        after\n        changedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CurateRetire($id: ID!, $expected: Int!, $validTo: Date!) {\n    retireEntity(id: $id, expectedVersion: $expected, validTo: $validTo, reason: \"repealed\") {\n      version\n      entity {\n        id\n        validTo\n      }\n      audit {\n        operation\n        changedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CurateRetire($id: ID!, $expected: Int!, $validTo: Date!) {\n    retireEntity(id: $id, expectedVersion: $expected, validTo: $validTo, reason: \"repealed\") {\n      version\n      entity {\n        id\n        validTo\n      }\n      audit {\n        operation\n        changedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurateHistory($id: ID!) {\n    history(id: $id) {\n      operation\n      subject\n      version\n      actor\n      at\n    }\n  }\n"): (typeof documents)["\n  query CurateHistory($id: ID!) {\n    history(id: $id) {\n      operation\n      subject\n      version\n      actor\n      at\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurateEntity($id: ID!) {\n    node(id: $id) {\n      id\n      version\n      note\n    }\n  }\n"): (typeof documents)["\n  query CurateEntity($id: ID!) {\n    node(id: $id) {\n      id\n      version\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CurateHistoryPage($id: ID!, $first: Int) {\n        history(id: $id, first: $first) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query CurateHistoryPage($id: ID!, $first: Int) {\n        history(id: $id, first: $first) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation LinksSetUp($input: ImportInput!) {\n        importGraph(input: $input) {\n          entities\n        }\n      }\n    "): (typeof documents)["\n      mutation LinksSetUp($input: ImportInput!) {\n        importGraph(input: $input) {\n          entities\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksLink($input: LinkInput!) {\n    link(input: $input, reason: \"mapping\") {\n      id\n      type\n      from\n      to\n      audit {\n        operation\n        subject\n        from\n        to\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinksLink($input: LinkInput!) {\n    link(input: $input, reason: \"mapping\") {\n      id\n      type\n      from\n      to\n      audit {\n        operation\n        subject\n        from\n        to\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n      audit {\n        operation\n        before\n        after\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinksUnlink($id: ID!) {\n    unlink(id: $id) {\n      id\n      audit {\n        operation\n        before\n        after\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinksOf($id: ID!) {\n    node(id: $id) {\n      links(direction: OUT, types: [IMPLEMENTS, RESPONSIBLE_FOR]) {\n        id\n        basis\n        status\n        note\n        to {\n          id\n        }\n        sources {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinksOf($id: ID!) {\n    node(id: $id) {\n      links(direction: OUT, types: [IMPLEMENTS, RESPONSIBLE_FOR]) {\n        id\n        basis\n        status\n        note\n        to {\n          id\n        }\n        sources {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinksImport($input: ImportInput!) {\n    importGraph(input: $input, reason: \"bulk\") {\n      batch\n      entities\n      links\n    }\n  }\n"): (typeof documents)["\n  mutation LinksImport($input: ImportInput!) {\n    importGraph(input: $input, reason: \"bulk\") {\n      batch\n      entities\n      links\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query LinksHistory($id: ID!) {\n        history(id: $id, first: 5) {\n          operation\n          subject\n        }\n      }\n    "): (typeof documents)["\n      query LinksHistory($id: ID!) {\n        history(id: $id, first: 5) {\n          operation\n          subject\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InjectLaw($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      entity {\n        id\n        en: name\n        kk: name(lang: KK)\n        ru: name(lang: RU)\n        summary\n        aliases\n        note\n        ... on Instrument {\n          number\n          registerCode\n          jurisdiction\n          url\n        }\n      }\n      audit {\n        after\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InjectLaw($input: EntityInput!, $reason: String) {\n    createEntity(input: $input, reason: $reason) {\n      entity {\n        id\n        en: name\n        kk: name(lang: KK)\n        ru: name(lang: RU)\n        summary\n        aliases\n        note\n        ... on Instrument {\n          number\n          registerCode\n          jurisdiction\n          url\n        }\n      }\n      audit {\n        after\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InjectSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      entity {\n        ... on Source {\n          authors\n          venue\n          publisher\n          doi\n          sourceType\n          citation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InjectSource($input: EntityInput!) {\n    createEntity(input: $input) {\n      entity {\n        ... on Source {\n          authors\n          venue\n          publisher\n          doi\n          sourceType\n          citation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InjectLink($input: LinkInput!, $reason: String) {\n    link(input: $input, reason: $reason) {\n      id\n      audit {\n        after\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InjectLink($input: LinkInput!, $reason: String) {\n    link(input: $input, reason: $reason) {\n      id\n      audit {\n        after\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InjectNotes($id: ID!) {\n        node(id: $id) {\n          links(types: [IMPLEMENTS]) {\n            note\n          }\n        }\n      }\n    "): (typeof documents)["\n      query InjectNotes($id: ID!) {\n        node(id: $id) {\n          links(types: [IMPLEMENTS]) {\n            note\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InjectToken($name: String!) {\n        createToken(name: $name, role: EDITOR) {\n          info {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation InjectToken($name: String!) {\n        createToken(name: $name, role: EDITOR) {\n          info {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InjectIds($id: ID!) {\n        unlink(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      mutation InjectIds($id: ID!) {\n        unlink(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation InjectUpdate($id: ID!) {\n        updateEntity(id: $id, expectedVersion: 0, set: { note: \"x\" }) {\n          version\n        }\n      }\n    "): (typeof documents)["\n      mutation InjectUpdate($id: ID!) {\n        updateEntity(id: $id, expectedVersion: 0, set: { note: \"x\" }) {\n          version\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InjectHistory($id: ID!) {\n        history(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query InjectHistory($id: ID!) {\n        history(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query TypeIntrospection {\n        __type(name: \"Instrument\") {\n          name\n          fields {\n            name\n            type {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                    ofType {\n                      kind\n                      name\n                      ofType {\n                        kind\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query TypeIntrospection {\n        __type(name: \"Instrument\") {\n          name\n          fields {\n            name\n            type {\n              kind\n              name\n              ofType {\n                kind\n                name\n                ofType {\n                  kind\n                  name\n                  ofType {\n                    kind\n                    name\n                    ofType {\n                      kind\n                      name\n                      ofType {\n                        kind\n                        name\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      score\n      entity {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {\n    search(query: $query, kinds: $kinds, first: $first) {\n      score\n      entity {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StressVersion($id: ID!) {\n    node(id: $id) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query StressVersion($id: ID!) {\n    node(id: $id) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StressUpdate($id: ID!, $v: Int!, $note: String!) {\n    updateEntity(id: $id, expectedVersion: $v, set: { note: $note }) {\n      version\n      audit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StressUpdate($id: ID!, $v: Int!, $note: String!) {\n    updateEntity(id: $id, expectedVersion: $v, set: { note: $note }) {\n      version\n      audit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StressLink($input: LinkInput!) {\n    link(input: $input) {\n      audit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StressLink($input: LinkInput!) {\n    link(input: $input) {\n      audit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StressUnlink($id: ID!) {\n    unlink(id: $id) {\n      audit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StressUnlink($id: ID!) {\n    unlink(id: $id) {\n      audit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation StressSetUp($input: ImportInput!) {\n          importGraph(input: $input) {\n            batch\n          }\n        }\n      "): (typeof documents)["\n        mutation StressSetUp($input: ImportInput!) {\n          importGraph(input: $input) {\n            batch\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArticleImplementers($number: Int!) {\n    crcArticle(number: $number) {\n      id\n      name\n      implementedBy {\n        by {\n          id\n          kind\n          name\n        }\n        article {\n          id\n          number\n        }\n        basis\n        status\n        sources {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ArticleImplementers($number: Int!) {\n    crcArticle(number: $number) {\n      id\n      name\n      implementedBy {\n        by {\n          id\n          kind\n          name\n        }\n        article {\n          id\n          number\n        }\n        basis\n        status\n        sources {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeepTrace {\n    crcArticle(number: 19) {\n      implementedBy {\n        by {\n          id\n          ... on Instrument {\n            implements {\n              article {\n                id\n                implementedBy {\n                  by {\n                    id\n                  }\n                  sources {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n        sources {\n          id\n          sources {\n            id\n          }\n        }\n      }\n      sources {\n        id\n      }\n      claims {\n        id\n        sources {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeepTrace {\n    crcArticle(number: 19) {\n      implementedBy {\n        by {\n          id\n          ... on Instrument {\n            implements {\n              article {\n                id\n                implementedBy {\n                  by {\n                    id\n                  }\n                  sources {\n                    id\n                  }\n                }\n              }\n            }\n          }\n        }\n        sources {\n          id\n          sources {\n            id\n          }\n        }\n      }\n      sources {\n        id\n      }\n      claims {\n        id\n        sources {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawArticles($id: ID!) {\n    instrument(id: $id) {\n      id\n      instrumentKind\n      number\n      adopted\n      provisions {\n        id\n      }\n      implements {\n        by {\n          id\n          kind\n        }\n        article {\n          id\n          number\n        }\n        basis\n        sources {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LawArticles($id: ID!) {\n    instrument(id: $id) {\n      id\n      instrumentKind\n      number\n      adopted\n      provisions {\n        id\n      }\n      implements {\n        by {\n          id\n          kind\n        }\n        article {\n          id\n          number\n        }\n        basis\n        sources {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Protocols {\n          instruments(kind: OPTIONAL_PROTOCOL) {\n            id\n            instrumentKind\n          }\n        }\n      "): (typeof documents)["\n        query Protocols {\n          instruments(kind: OPTIONAL_PROTOCOL) {\n            id\n            instrumentKind\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query ArticleNames {\n          crcArticles {\n            number\n            en: name\n            ru: name(lang: RU)\n            kk: name(lang: KK)\n          }\n        }\n      "): (typeof documents)["\n        query ArticleNames {\n          crcArticles {\n            number\n            en: name\n            ru: name(lang: RU)\n            kk: name(lang: KK)\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Article12 {\n    crcArticle(number: 12) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query Article12 {\n    crcArticle(number: 12) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnavailableCreate($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UnavailableCreate($input: EntityInput!) {\n    createEntity(input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnavailableImport($input: ImportInput!) {\n    importGraph(input: $input) {\n      entities\n    }\n  }\n"): (typeof documents)["\n  mutation UnavailableImport($input: ImportInput!) {\n    importGraph(input: $input) {\n      entities\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;