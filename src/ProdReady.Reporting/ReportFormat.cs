namespace ProdReady.Reporting;

/// <summary>The output formats of <c>prodready check --format</c>.</summary>
public enum ReportFormat
{
    /// <summary><c>text</c>: the checklist, findings grouped by item, notes and a summary line.</summary>
    Text,

    /// <summary><c>json</c>: the versioned report schema (<c>docs/report-schema.json</c>).</summary>
    Json,

    /// <summary><c>sarif</c>: SARIF 2.1.0 for code scanning.</summary>
    Sarif,

    /// <summary><c>junit</c>: JUnit XML, one test case per checklist item.</summary>
    JUnit,

    /// <summary><c>markdown</c>: a pull-request comment.</summary>
    Markdown,

    /// <summary><c>github</c>: GitHub Actions workflow annotations.</summary>
    GitHub,

    /// <summary><c>gitlab</c>: a GitLab Code Quality report, shown inline in merge requests.</summary>
    GitLab,
}
