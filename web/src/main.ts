const app = document.querySelector<HTMLDivElement>("#app");

async function showHealth(): Promise<void> {
  if (!app) return;
  const heading = document.createElement("h1");
  heading.textContent = "政策实践图谱 · Policy-practice graph";
  const status = document.createElement("p");
  app.replaceChildren(heading, status);
  try {
    const res = await fetch("/api/health");
    const body = await res.json();
    status.textContent = res.ok ? `Neo4j ${body.neo4j.version}` : `${body.title}: ${body.detail}`;
  } catch (error) {
    status.textContent = String(error);
  }
}

void showHealth();
