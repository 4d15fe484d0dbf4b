<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminController</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try before a wait.</source>
        <translation>Code erroné. Encore 1&#xa0;essai avant une attente.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries before a wait.</source>
        <translation>Code erroné. Encore %1&#xa0;essais avant une attente.</translation>
    </message>
    <message>
        <source>Content reloaded at %1.</source>
        <translation>Contenu rechargé à %1.</translation>
    </message>
    <message>
        <source>The content changed at %1 but has %2 error(s), so the kiosk still shows the previous content. Fix the errors below and save again.</source>
        <translation>Le contenu a changé à %1 mais comporte %2&#xa0;erreur(s)&#xa0;: la borne affiche toujours le contenu précédent. Corrigez les erreurs ci-dessous, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>Trop de codes erronés. Réessayez dans %1.</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>Rechargement…</translation>
    </message>
    <message>
        <source>The admin screen is not set up on this kiosk: no admin PIN has been set. Staff: see “Set the admin PIN” in the set-up guide.</source>
        <translation>L’écran d’administration n’est pas configuré sur cette borne&#xa0;: aucun code administrateur n’a été défini. Personnel&#xa0;: voir «&#xa0;Set the admin PIN&#xa0;» dans le guide d’installation.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <source>Kiosk admin</source>
        <translation>Administration de la borne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Content folder</source>
        <translation>Dossier du contenu</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>Statistiques de visite</translation>
    </message>
    <message>
        <source>Off: kiosk.toml turns them off</source>
        <translation>Désactivées dans kiosk.toml</translation>
    </message>
    <message>
        <source>%1 visits today; the file takes %2 kB</source>
        <translation>%1 visites aujourd’hui ; le fichier occupe %2 ko</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Reload content now</source>
        <translation>Recharger le contenu</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Not shown: the last change to the content has errors</source>
        <translation>Non affiché&#xa0;: la dernière modification du contenu comporte des erreurs</translation>
    </message>
    <message>
        <source>Problems in the content on screen</source>
        <translation>Problèmes dans le contenu affiché</translation>
    </message>
    <message>
        <source>The content on screen has no problems.</source>
        <translation>Le contenu affiché ne présente aucun problème.</translation>
    </message>
</context>
<context>
    <name>DecadeScrubber</name>
    <message>
        <source>%1s</source>
        <extracomment>A decade on the timeline&apos;s scrubber: %1 is its first year, 1960 for the 1960s.</extracomment>
        <translation>années %1</translation>
    </message>
</context>
<context>
    <name>EmptyDeckMessage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l’instant</translation>
    </message>
</context>
<context>
    <name>FallbackTag</name>
    <message>
        <source>In English</source>
        <translation>En anglais</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>En français</translation>
    </message>
    <message>
        <source>In Arabic</source>
        <translation>En arabe</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>En espagnol</translation>
    </message>
    <message>
        <source>In Portuguese</source>
        <translation>En portugais</translation>
    </message>
    <message>
        <source>In German</source>
        <translation>En allemand</translation>
    </message>
    <message>
        <source>In Italian</source>
        <translation>En italien</translation>
    </message>
    <message>
        <source>In Swahili</source>
        <translation>En swahili</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Touch to explore</source>
        <extracomment>The attract loop&apos;s invitation, short: it sits in a pill at the foot of the screen.</extracomment>
        <translation>Touchez l’écran pour explorer</translation>
    </message>
    <message>
        <source>The content has no panel the kiosk can show yet.
Staff: see “When something goes wrong” in the set-up guide.</source>
        <translation>Le contenu ne comporte encore aucun panneau que la borne puisse afficher.
Personnel&#xa0;: voir «&#xa0;When something goes wrong&#xa0;» dans le guide d’installation.</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
</context>
<context>
    <name>PageTab</name>
    <message>
        <source>%1, panel %2 of %3</source>
        <translation>%1, panneau %2 sur %3</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Panel %1 of %2, %3</source>
        <translation>Panneau %1 sur %2, %3</translation>
    </message>
</context>
<context>
    <name>PanelScroller</name>
    <message>
        <source>Back to the top</source>
        <translation>Retour en haut</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Suite</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Tap or swipe down to close</source>
        <translation>Touchez ou glissez vers le bas pour fermer</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Enter the admin PIN</source>
        <translation>Saisissez le code administrateur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Vue de l’orateur</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>End of the talk</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <source>No speaker notes for this panel.</source>
        <translation>Pas de notes pour ce panneau.</translation>
    </message>
</context>
<context>
    <name>StickImport</name>
    <message>
        <source>Looking for USB sticks…</source>
        <translation>Recherche de clés USB…</translation>
    </message>
    <message>
        <source>No content folder on a USB stick. Plug one in, then look again.</source>
        <translation>Aucun dossier de contenu sur une clé USB. Branchez-en une, puis cherchez à nouveau.</translation>
    </message>
    <message>
        <source>Copying from the USB stick…</source>
        <translation>Copie depuis la clé USB…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Not imported: the content has %1 error(s). Nothing was changed.</source>
        <translation>Non importé : le contenu a %1 erreur(s). Rien n’a été changé.</translation>
    </message>
    <message>
        <source>The previous content is back. It shows in a few seconds.</source>
        <translation>Le contenu précédent est revenu. Il s’affiche dans quelques secondes.</translation>
    </message>
    <message>
        <source>Imported from %1. It shows in a few seconds; “Undo the last import” brings back the previous content.</source>
        <translation>Importé depuis %1. Il s’affiche dans quelques secondes ; « Annuler la dernière importation » ramène le contenu précédent.</translation>
    </message>
</context>
<context>
    <name>StickImportPanel</name>
    <message>
        <source>New content from a USB stick</source>
        <translation>Nouveau contenu depuis une clé USB</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>Chercher à nouveau les clés USB</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>Annuler la dernière importation</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 erreur(s), %2 avertissement(s)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>SubPager</name>
    <message>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Suite</translation>
    </message>
</context>
<context>
    <name>VisitorControls</name>
    <message>
        <source>Text size %1 %</source>
        <translation>Taille du texte %1 %</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Still</source>
        <translation>Immobile</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Moins de mouvement</translation>
    </message>
</context>
</TS>
