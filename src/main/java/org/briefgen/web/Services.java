package org.briefgen.web;

import java.nio.file.Path;

import org.briefgen.archive.ArchiveLocation;
import org.briefgen.web.security.Hosts;
import org.briefgen.web.security.Sessions;
import org.briefgen.web.security.SignInThrottle;

/** What the workbench's pages share: built once when it starts. */
record Services(Workbench.Settings settings, Pages pages, Sessions sessions, CampaignSource source,
        LetterPreview previews, IssueJobs jobs, SendJobs sends, Path uploads, Hosts hosts, SignInThrottle throttle,
        FollowUpJobs followUps, SettingsPages.SmtpLogin smtpLogin) {

    ArchiveLocation archive() {
        return settings.archive();
    }

    Path out() {
        return settings.out();
    }
}
