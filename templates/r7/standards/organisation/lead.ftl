<#-- The lead of the chapter 組織体制. Plain and chapter-dotted styles print it as the chapter's
     own text (here = 次に定める); the article style, where nothing unnumbered may stand between
     a chapter and its first article, prints it as that article (general.ftl, here = この章に定める). -->
<#macro text here>
${body.self}は、情報資産に係る情報セキュリティ対策を組織的かつ継続的に推進するため、${here}役割及び組織を置く。各役割を担う者は、この基準及び情報セキュリティ実施手順に定めるところにより、その権限を行使し、責任を果たさなければならない。

役割を担う者が不在の場合又は職務を行うことができない場合に備え、各役割を担う者は、あらかじめその職務を代行する者を指名しておかなければならない。
</#macro>
