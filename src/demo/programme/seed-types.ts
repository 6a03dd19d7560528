/**
 * The shape of an action programme as the demo writes it down (from the customer's document);
 * the demo loader turns it into data through the programme verbs.
 */
export interface SeedRole {
  /** As in the list of roles and working forms (4.1), e.g. "ha dialog med og påvirke nasjonale myndigheter". */
  name: string;
  /** As in the tables' right column, e.g. "Dialog med og påvirke nasjonale myndigheter". */
  label: string;
}

export interface SeedActivity {
  /** The activity as a reader sees it in the table: one bullet point, word for word. */
  text: string;
  /** Organisations the activity names as partners, e.g. ["Østlandssamarbeidet", "NHO", "LO", "Zero"]. */
  partners?: string[];
}

export interface SeedTask {
  /** The bold lead of an administration task, e.g. "Forberedelse og oppfølging av møter i politiske og administrative fora." */
  title: string;
  /** The text after it, word for word. */
  text: string;
}

export interface SeedFocusArea {
  name: string;
  /** Text between the section heading and the table (or the task list), Markdown. */
  intro?: string;
  /** Administration: a list of ongoing tasks instead of a role matrix. */
  tasks?: SeedTask[];
  /** The matrix: for each role label (in table order), its activities in order. */
  cells?: { role: string; activities: SeedActivity[] }[];
  /** "Kommentarer til tabellen": the paragraphs, Markdown, word for word. */
  comments?: string;
}

export interface SeedProgramme {
  year: number;
  title: string;
  vision: string;
  /** The paragraph after the vision (4.1), Markdown. */
  visionText: string;
  roles: SeedRole[];
  /** The lead-in before the list of focus areas (4.2). */
  focusAreasIntro: string;
  /** The paragraphs under "4.3 Aktiviteter i …" before 4.3.1, Markdown. */
  activitiesIntro: string;
  focusAreas: SeedFocusArea[];
  /** Edited text beside the generated facts of chapters 1–3, Markdown. */
  texts: {
    /** Chapter 1 after its first paragraph (founding date and member count are generated). */
    about: string;
    /** 2.1 "Organisatoriske endringer". */
    organisationalChanges: string;
    /** 2.2 after the bodies (e.g. "Prosjektorganisering: …"). */
    administration: string;
    /** Chapter 3 after the generated list of the cycle. */
    process: string;
  };
}
