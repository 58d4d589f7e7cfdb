<#-- basic.purpose 目的 -->
<#assign affairs = body.isCouncil?then("議会運営", body.isBoardOfEducation?then("教育行政", "行政運営"))>
<#assign service = body.isCouncil?then("議会の活動", body.isBoardOfEducation?then("教育行政の運営及び学校教育", "行政サービスの提供"))>
${body.self}が保有する情報資産には、${body.residents}の個人情報のほか、${affairs}上重要な情報が数多く含まれており、
これらが漏えい、改ざん、消失等の被害を受け、又は情報システムが停止すれば、${body.residents}の権利利益が損なわれ、${service}にも重大な支障が生じる。

この基本方針は、${body.self}の情報資産の機密性、完全性及び可用性を維持するため、${body.self}が講じる情報セキュリティ対策の基本的な事項を定めることを目的とする。
<#if cyberPolicy.basicPolicy>
<#-- the statute is cited only where the body adopted the basic policy as its 方針 (cyberPolicy.form) -->
<#if cyberPolicy.organs?size gt 1>
また、この基本方針は、${jlist(cyberPolicy.organs)}が${cyberPolicy.statute}の規定に基づき<#if cyberPolicy.joint>共同して<#else>それぞれ</#if>定めるサイバーセキュリティを確保するための方針を兼ねるものとする。
<#else>
また、この基本方針は、${cyberPolicy.organs[0]}が${cyberPolicy.statute}の規定に基づき定めるサイバーセキュリティを確保するための方針を兼ねるものとする。
</#if>
<#elseif cyberPolicy.separate>
なお、${cyberPolicy.statute}の規定に基づくサイバーセキュリティを確保するための方針は、この基本方針に基づき別に定める。
</#if>
