/** YAML for the stages after loading: a file's plain data read again (--since) and YAML written for people (align explain, docs/rules.md). */
import { Document, isScalar, parseDocument, visit } from 'yaml';
/** A file's plain data, read again (checks keep positions, not Documents); undefined when unreadable. */
export function plainData(text) {
    if (text === undefined)
        return undefined;
    try {
        return parseDocument(text, { uniqueKeys: false, logLevel: 'silent' }).toJS();
    }
    catch {
        return undefined;
    }
}
/** YAML as a person writes it: lists of plain values on one line. */
export function yamlText(v) {
    const doc = new Document(v);
    visit(doc, {
        Seq(_, node) {
            if (node.items.every((i) => isScalar(i)))
                node.flow = true;
        },
    });
    return doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}
