// The labelled components the whiteboard's palette inserts: one box per building block a backend design
// is drawn with. The labels are the words the structural grader's component kinds recognise, so a box
// from the palette is always read as the component it names; the candidate can rename it afterwards.
export interface PaletteComponent {
  label: string;
  shape: "rectangle" | "ellipse" | "diamond";
}

export const PALETTE_COMPONENTS: readonly PaletteComponent[] = [
  { label: "Client", shape: "rectangle" },
  { label: "CDN", shape: "rectangle" },
  { label: "Load balancer", shape: "diamond" },
  { label: "API service", shape: "rectangle" },
  { label: "Cache", shape: "rectangle" },
  { label: "Queue", shape: "rectangle" },
  { label: "Database primary", shape: "ellipse" },
  { label: "Database replica", shape: "ellipse" },
  { label: "Object storage", shape: "rectangle" },
  { label: "Search index", shape: "rectangle" },
  { label: "Worker", shape: "rectangle" },
];
